/** GET /feed.json, /feed.xml, /feed.atom: merged incidents, filterable, with conditional GET. */
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { Env } from "../../env";
import { atomFeed } from "../../feeds/atom";
import { jsonFeed } from "../../feeds/json-feed";
import { loadFeedPage, type FeedContext, type FeedPage } from "../../feeds/load";
import { rssFeed } from "../../feeds/rss";
import { conditionalResponse } from "../conditional";
import { parseIncidentQuery } from "../query";

type Render = (page: FeedPage, ctx: FeedContext) => string;

const FEEDS: { path: string; type: string; render: Render }[] = [
  { path: "/feed.json", type: "application/feed+json; charset=utf-8", render: (p, c) => JSON.stringify(jsonFeed(p, c)) },
  { path: "/feed.xml", type: "application/rss+xml; charset=utf-8", render: rssFeed },
  { path: "/feed.atom", type: "application/atom+xml; charset=utf-8", render: atomFeed },
];

export function baseUrlOf(c: Context<{ Bindings: Env }>): string {
  const configured = (c.env.PUBLIC_BASE_URL ?? "").trim().replace(/\/+$/, "");
  return configured || new URL(c.req.url).origin;
}

export function feedRoutes(app: OpenAPIHono<{ Bindings: Env }>) {
  for (const f of FEEDS) {
    app.get(f.path, async (c) => {
      const q = parseIncidentQuery(c);
      const page = await loadFeedPage(c.env.DB, q);
      const base = baseUrlOf(c);
      const reqUrl = new URL(c.req.url);
      const self = `${base}${f.path}${reqUrl.search}`;
      let nextUrl: string | null = null;
      if (page.nextCursor) {
        const n = new URL(`${base}${f.path}${reqUrl.search}`);
        n.searchParams.set("cursor", page.nextCursor);
        nextUrl = n.href;
      }
      const ctx: FeedContext = { title: c.env.FEED_TITLE || "News timeline", baseUrl: base, selfUrl: self, nextUrl };
      return conditionalResponse(c.req.raw, f.render(page, ctx), f.type, page.lastModified);
    });
  }
}
