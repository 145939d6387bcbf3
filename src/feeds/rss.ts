/**
 * RSS 2.0 with the Atom namespace for its links (rel self, and RFC 5005 rel first/next paging), <language>
 * when every incident on the page is reported in one language, one <dc:creator> per publisher.
 */
import type { Incident } from "../model/incident";
import { FEED_DESCRIPTION } from "./atom";
import { categories, publishers, singleLanguage } from "./entry-meta";
import { incidentHtml, itemTitle } from "./incident-view";
import { pageLinks } from "./links";
import { incidentGuid, incidentUrl, type FeedContext, type FeedPage } from "./load";
import { escapeHtml } from "../text/xml-safe";
import { text, xmlDocument, type XmlNode } from "./xml";

const rfc822 = (iso: string) => new Date(iso).toUTCString();

function rssItem(i: Incident, ctx: FeedContext): XmlNode {
  return {
    // Readers render an RSS title as entity-encoded HTML (RSS Best Practices): the text is escaped once more.
    title: escapeHtml(itemTitle(i)),
    link: incidentUrl(ctx, i.id),
    description: incidentHtml(i),
    guid: text(incidentGuid(i.id), { isPermaLink: "false" }),
    pubDate: rfc822(i.firstSeenAt),
    "dc:creator": publishers(i),
    category: categories(i).map((c) => text(c.term, { domain: `${ctx.baseUrl}/api/incidents#${c.scheme}` })),
  };
}

export function rssFeed(page: FeedPage, ctx: FeedContext): string {
  const language = singleLanguage(page.incidents);
  return xmlDocument({
    rss: {
      "@_version": "2.0",
      "@_xmlns:atom": "http://www.w3.org/2005/Atom",
      "@_xmlns:dc": "http://purl.org/dc/elements/1.1/",
      channel: {
        title: ctx.title,
        link: ctx.homeUrl,
        description: FEED_DESCRIPTION,
        ...(language ? { language } : {}),
        copyright: "Quotes belong to their publishers",
        lastBuildDate: rfc822(page.lastModified),
        generator: "news-timeline",
        docs: "https://www.rssboard.org/rss-specification",
        "atom:link": pageLinks(ctx, "application/rss+xml"),
        item: page.incidents.map((i) => rssItem(i, ctx)),
      },
    },
  });
}
