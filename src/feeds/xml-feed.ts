/** RSS 2.0 and Atom 1.0 through the `feed` package (atom:link rel=self, non-permalink guid, published/updated). */
import { Feed } from "feed";
import { escapeHtml } from "../text/xml-safe";
import { incidentHtml, incidentText, itemTitle } from "./incident-view";
import { incidentGuid, incidentUrl, type FeedContext, type FeedPage } from "./load";

export function buildFeed(page: FeedPage, ctx: FeedContext, self: { rss?: string; atom?: string }): Feed {
  const feed = new Feed({
    id: ctx.selfUrl,
    title: ctx.title,
    description: "Dated incidents extracted from news articles, merged across sources.",
    link: `${ctx.baseUrl}/api/incidents`,
    updated: new Date(page.lastModified),
    generator: "news-timeline",
    feedLinks: self,
    copyright: "Quotes belong to their publishers",
  });
  for (const i of page.incidents) {
    feed.addItem({
      id: incidentGuid(i.id),
      guid: incidentGuid(i.id),
      // The `feed` package sends titles and summaries as HTML (RSS readers render <description> as
      // HTML; Atom says type="html"): plain text is escaped so that it stays text.
      title: escapeHtml(itemTitle(i)),
      link: incidentUrl(ctx, i.id),
      description: escapeHtml(incidentText(i)),
      content: incidentHtml(i),
      date: new Date(i.updatedAt),
      published: new Date(i.firstSeenAt),
      category: [{ name: i.kind }, ...i.places.map((p) => ({ name: p }))],
    });
  }
  return feed;
}
