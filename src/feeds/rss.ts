import { xmlSafeText } from "../text/xml-safe";
import { buildFeed } from "./xml-feed";
import type { FeedContext, FeedPage } from "./load";

/** RSS 2.0: pubDate = first seen; guid isPermaLink="false"; atom:link rel="self". */
export function rssFeed(page: FeedPage, ctx: FeedContext): string {
  // Defence in depth: stored text is clean, but no character XML forbids may reach the document.
  return xmlSafeText(buildFeed(page, ctx, { rss: ctx.selfUrl }).rss2());
}
