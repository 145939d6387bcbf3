/** GET /feed.json, /feed.xml, /feed.atom: merged incidents, filterable, with conditional GET. */
import { createRoute, type z } from "@hono/zod-openapi";
import { atomFeed } from "../../feeds/atom";
import { jsonFeed } from "../../feeds/json-feed";
import { loadFeedPage, type FeedContext, type FeedPage } from "../../feeds/load";
import { rssFeed } from "../../feeds/rss";
import { JsonFeedSchema, XmlFeedSchema } from "../../model/feed";
import { IncidentQuerySchema } from "../../model/query";
import type { App } from "../app-type";
import { baseUrlOf } from "../base-url";
import { versioned } from "../versioned";
import { PUBLIC } from "../docs";
import { listErrors } from "../incident-page";
import { feedContext } from "../feed-context";
import { canonicalQuery } from "../query";

type Render = (page: FeedPage, ctx: FeedContext) => string;

interface FeedFormat {
  path: "/feed.json" | "/feed.xml" | "/feed.atom";
  operationId: string;
  mediaType: string;
  schema: z.ZodType;
  name: string;
  render: Render;
}

const FORMATS: FeedFormat[] = [
  {
    path: "/feed.json",
    operationId: "getJsonFeed",
    mediaType: "application/feed+json",
    schema: JsonFeedSchema,
    name: "JSON Feed 1.1 with an _incident extension per item",
    render: (p, c) => JSON.stringify(jsonFeed(p, c)),
  },
  { path: "/feed.xml", operationId: "getRssFeed", mediaType: "application/rss+xml", schema: XmlFeedSchema, name: "RSS 2.0", render: rssFeed },
  { path: "/feed.atom", operationId: "getAtomFeed", mediaType: "application/atom+xml", schema: XmlFeedSchema, name: "Atom 1.0", render: atomFeed },
];

const feedRoute = (f: FeedFormat) =>
  createRoute({
    method: "get",
    path: f.path,
    operationId: f.operationId,
    tags: ["feeds"],
    summary: f.name,
    description: `${f.name}: one item per merged incident, most recently changed first (sort=date: by incident date). Sends ETag and Last-Modified; answers 304 to If-None-Match / If-Modified-Since.`,
    security: PUBLIC,
    request: { query: IncidentQuerySchema },
    responses: {
      200: { description: f.name, content: { [f.mediaType]: { schema: f.schema } } },
      ...listErrors(" (If-None-Match / If-Modified-Since)"),
    },
  });

export function feedRoutes(app: App) {
  for (const f of FORMATS) {
    app.openapi(feedRoute(f), async (c) => {
      const query = c.req.valid("query");
      // Validators first (one indexed read): a 304 queries no incident; a cached body neither (http/versioned.ts),
      // nor looks its place names up (canonicalQuery): only a render does.
      return versioned(c, `${baseUrlOf(c)}|${c.env.FEED_TITLE ?? ""}`, `${f.mediaType}; charset=utf-8`, async (version) => {
        const page = await loadFeedPage(c.env.DB, canonicalQuery(query), version.changedAt);
        return f.render(page, feedContext(c, f.path, page.nextCursor));
      });
    });
  }
}
