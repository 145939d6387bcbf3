/** POST /api/sources (register an outlet's feed) and GET /api/sources (their polling status). */
import { createRoute } from "@hono/zod-openapi";
import { refusalOf } from "../../fetch/address";
import { allowPrivateFetch } from "../../fetch/page";
import { SourceInputSchema, SourceListSchema, SourceSchema, type Source } from "../../model/source";
import { listSources, registerSource, type SourceRow } from "../../store/sources";
import type { App } from "../app-type";
import { requireIngestToken } from "../auth";
import { jsonBody } from "../body";
import { BEARER, jsonResponse, NoQuerySchema, noQueryError, PUBLIC, writeErrors } from "../docs";
import { ApiError } from "../errors";
import { rejectInvalidAs } from "../validation";

const register = createRoute({
  method: "post",
  path: "/api/sources",
  operationId: "registerSource",
  tags: ["sources"],
  summary: "Follow an outlet's feed",
  description:
    "Registers an RSS, Atom or JSON Feed URL. The cron polls each source with conditional GETs (every 15 minutes, backing off " +
    "exponentially after errors) and ingests its new items like POSTed articles; an item without its full content is fetched by URL.",
  security: BEARER,
  middleware: [requireIngestToken, jsonBody] as const,
  request: { body: { required: true, content: { "application/json": { schema: SourceInputSchema } } } },
  responses: {
    201: jsonResponse(SourceSchema, "Registered; due for its first fetch at the next cron run"),
    200: jsonResponse(SourceSchema, "Already registered (unchanged)"),
    ...writeErrors,
  },
});

const list = createRoute({
  method: "get",
  path: "/api/sources",
  operationId: "listSources",
  tags: ["sources"],
  summary: "Followed feeds and their status",
  description: "Each source with its last fetch, last error, consecutive errors, next fetch, items seen and articles ingested.",
  security: PUBLIC,
  request: { query: NoQuerySchema },
  responses: { 200: jsonResponse(SourceListSchema, "The sources"), ...noQueryError },
});

export function sourceOut(r: SourceRow): Source {
  return {
    id: r.id,
    feedUrl: r.feed_url,
    name: r.name,
    language: r.language,
    title: r.title,
    createdAt: r.created_at,
    lastFetchAt: r.last_fetch_at,
    lastStatus: r.last_status,
    lastError: r.last_error,
    errorCount: r.error_count,
    nextFetchAt: r.next_fetch_at,
    itemsSeen: r.items_seen,
    articlesIngested: r.articles_ingested,
  };
}

export function sourceRoutes(app: App) {
  app.openapi(
    register,
    async (c) => {
      const input = c.req.valid("json");
      const refusal = refusalOf(new URL(input.feedUrl), allowPrivateFetch(c.env));
      if (refusal) throw new ApiError(400, "invalid_request", `invalid source: ${refusal}`, [{ path: "feedUrl", message: refusal }]);
      const { row, created } = await registerSource(c.env.DB, input, new Date().toISOString());
      return c.json(sourceOut(row), created ? 201 : 200);
    },
    (result) => rejectInvalidAs("source")(result),
  );
  app.openapi(list, async (c) => c.json({ sources: (await listSources(c.env.DB)).map(sourceOut) }, 200));
}
