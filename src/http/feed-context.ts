/** Links of a feed or export: self, first page, next page, the HTML timeline with the same filters. */
import type { Context } from "hono";
import type { Env } from "../env";
import type { FeedContext } from "../feeds/load";
import { baseUrlOf } from "./base-url";

/** Filters the HTML timeline understands (the home page of a filtered feed shows the same incidents). */
const PAGE_FILTERS = ["from", "to", "q", "kind", "place", "actor", "lang"];

export function feedContext(c: Context<{ Bindings: Env }>, path: string, nextCursor: string | null): FeedContext {
  const base = baseUrlOf(c);
  const search = new URL(c.req.url).searchParams;
  const self = new URL(`${base}${path}`);
  self.search = search.toString();
  const first = new URL(self);
  first.searchParams.delete("cursor");
  const home = new URL(`${base}/`);
  for (const [k, v] of search) if (PAGE_FILTERS.includes(k)) home.searchParams.append(k, v);
  let nextUrl: string | null = null;
  if (nextCursor) {
    const n = new URL(self);
    n.searchParams.set("cursor", nextCursor);
    nextUrl = n.href;
  }
  return { title: c.env.FEED_TITLE || "News timeline", baseUrl: base, selfUrl: self.href, firstUrl: first.href, nextUrl, homeUrl: home.href };
}
