/**
 * Atom 1.0 (RFC 4287), paged per RFC 5005: one entry per merged incident. Feed and entries carry what
 * the W3C feed validator checks: ids (IRIs), titles, RFC 3339 updated times (distinct per entry),
 * authors (the feed's, and per entry the publishers of its sources), categories with a term, links.
 */
import type { Incident } from "../model/incident";
import { categories, distinctUpdates, publishers, toSecond } from "./entry-meta";
import { incidentHtml, incidentText, itemTitle } from "./incident-view";
import { pageLinks } from "./links";
import { incidentGuid, incidentUrl, type FeedContext, type FeedPage } from "./load";
import { attrs, text, xmlDocument, type XmlNode } from "./xml";

export const FEED_DESCRIPTION = "Dated incidents extracted from news articles, merged across sources.";

const schemeUrl = (ctx: FeedContext, scheme: string) => `${ctx.baseUrl}/api/incidents#${scheme}`;

function atomEntry(i: Incident, updated: string, ctx: FeedContext): XmlNode {
  const lang = i.languages.length === 1 ? { "@_xml:lang": i.languages[0] } : {};
  return {
    ...lang,
    id: incidentGuid(i.id),
    title: text(itemTitle(i), { type: "text" }),
    updated,
    published: toSecond(i.firstSeenAt),
    author: publishers(i).map((name) => ({ name })),
    link: [attrs({ rel: "alternate", type: "text/html", href: incidentUrl(ctx, i.id) })],
    category: categories(i).map((c) => attrs({ term: c.term, scheme: schemeUrl(ctx, c.scheme), label: c.term })),
    summary: text(incidentText(i), { type: "text" }),
    content: text(incidentHtml(i), { type: "html" }),
  };
}

export function atomFeed(page: FeedPage, ctx: FeedContext): string {
  const updates = distinctUpdates(page.incidents);
  const newest = [page.lastModified, ...updates.values()].reduce((a, b) => (a > b ? a : b));
  return xmlDocument({
    feed: {
      "@_xmlns": "http://www.w3.org/2005/Atom",
      id: ctx.firstUrl,
      title: text(ctx.title, { type: "text" }),
      subtitle: text(FEED_DESCRIPTION, { type: "text" }),
      updated: newest,
      author: { name: ctx.title, uri: ctx.homeUrl },
      generator: text("news-timeline", { uri: `${ctx.baseUrl}/openapi.json` }),
      rights: text("Quotes belong to their publishers", { type: "text" }),
      link: pageLinks(ctx, "application/atom+xml", [attrs({ rel: "alternate", type: "text/html", href: ctx.homeUrl })]),
      entry: page.incidents.map((i) => atomEntry(i, updates.get(i.id)!, ctx)),
    },
  });
}
