import { xmlSafeText } from "../text/xml-safe";
import { buildFeed } from "./xml-feed";
import type { FeedContext, FeedPage } from "./load";

/** Atom 1.0: <published> = first seen, <updated> = last change, link rel="self". */
export function atomFeed(page: FeedPage, ctx: FeedContext): string {
  // Defence in depth: stored text is clean, but no character XML forbids may reach the document.
  return xmlSafeText(buildFeed(page, ctx, { atom: ctx.selfUrl }).atom1());
}
