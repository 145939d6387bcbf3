import { buildFeed } from "./xml-feed";
import type { FeedContext, FeedPage } from "./load";

/** RSS 2.0: pubDate = first seen; guid isPermaLink="false"; atom:link rel="self". */
export function rssFeed(page: FeedPage, ctx: FeedContext): string {
  return buildFeed(page, ctx, { rss: ctx.selfUrl }).rss2();
}
