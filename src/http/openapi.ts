/** OpenAPI 3 description of the API, built from the zod schemas of src/model (served at /openapi.json). */
import { z, type OpenAPIHono } from "@hono/zod-openapi";
import type { Env } from "../env";
import { ArticleSchema } from "../model/article";
import { ArticleBatchInputSchema, ArticleInputSchema, IngestBatchResultSchema, IngestResultSchema, RetryResultSchema } from "../model/article-input";
import { ErrorBodySchema } from "../model/error";
import { ExtractResultSchema } from "../model/extract";
import { IncidentListSchema, IncidentSchema } from "../model/incident";
import { IncidentQuerySchema } from "../model/query";

const json = (schema: z.ZodType, description: string) => ({ description, content: { "application/json": { schema } } });
const err = (description: string) => json(ErrorBodySchema, description);
const bearer = [{ bearerAuth: [] as string[] }];
const idParam = z.object({ id: z.string() });

export function registerOpenApi(app: OpenAPIHono<{ Bindings: Env }>) {
  const r = app.openAPIRegistry;
  r.registerComponent("securitySchemes", "bearerAuth", { type: "http", scheme: "bearer" });
  r.registerPath({
    method: "post",
    path: "/api/articles",
    summary: "Submit one article, or { articles: [...] } (up to 100)",
    security: bearer,
    request: { body: { required: true, content: { "application/json": { schema: z.union([ArticleInputSchema, ArticleBatchInputSchema]) } } } },
    responses: {
      202: json(z.union([IngestResultSchema, IngestBatchResultSchema]), "Accepted: new or changed article(s) queued"),
      200: json(z.union([IngestResultSchema, IngestBatchResultSchema]), "Same URL and same content: nothing to do"),
      400: err("Invalid JSON or fields (details name them)"),
      401: err("Missing or wrong bearer token"),
      413: err("Body over 5 MB"),
      415: err("Content-Type is not JSON"),
      503: err("INGEST_TOKEN not configured"),
    },
  });
  r.registerPath({
    method: "get",
    path: "/api/articles/{id}",
    summary: "An article, its processing status and its incidents",
    request: { params: idParam },
    responses: { 200: json(ArticleSchema, "The article"), 404: err("Unknown id") },
  });
  r.registerPath({
    method: "post",
    path: "/api/articles/{id}/retry",
    summary: "Retry a failed or stuck article (fresh processing budget)",
    security: bearer,
    request: { params: idParam },
    responses: {
      202: json(RetryResultSchema, "Queued again"),
      401: err("Missing or wrong bearer token"),
      404: err("Unknown id"),
      409: err("The article is done, or in progress and not stuck yet"),
      503: err("INGEST_TOKEN not configured"),
    },
  });
  r.registerPath({
    method: "get",
    path: "/api/incidents",
    summary: "Merged incidents, newest incident date first",
    request: { query: IncidentQuerySchema },
    responses: { 200: json(IncidentListSchema, "A page of incidents"), 400: err("Invalid filter or cursor") },
  });
  r.registerPath({
    method: "get",
    path: "/api/incidents/{id}",
    summary: "One merged incident with all its sources",
    request: { params: idParam },
    responses: {
      200: json(IncidentSchema, "The incident"),
      301: { description: "The incident was renamed by a later merge: Location is its current id" },
      404: err("Unknown id"),
    },
  });
  r.registerPath({
    method: "post",
    path: "/api/extract",
    summary: "What would be extracted from an article (nothing is stored)",
    security: bearer,
    request: { body: { required: true, content: { "application/json": { schema: ArticleInputSchema } } } },
    responses: {
      200: json(ExtractResultSchema, "Extraction result"),
      400: err("Invalid JSON or fields"),
      401: err("Missing or wrong bearer token"),
      413: err("Body over 5 MB"),
      415: err("Content-Type is not JSON"),
      503: err("INGEST_TOKEN not configured"),
    },
  });
  for (const [path, type, what] of [
    ["/feed.json", "application/feed+json", "JSON Feed 1.1 with an _incident extension per item"],
    ["/feed.xml", "application/rss+xml", "RSS 2.0"],
    ["/feed.atom", "application/atom+xml", "Atom 1.0"],
  ] as const) {
    r.registerPath({
      method: "get",
      path,
      summary: `${what}: one item per merged incident, most recently changed first (ETag / Last-Modified, 304)`,
      request: { query: IncidentQuerySchema },
      responses: {
        200: { description: what, content: { [type]: { schema: z.string() } } },
        304: { description: "Not modified (If-None-Match / If-Modified-Since)" },
        400: err("Invalid filter or cursor"),
      },
    });
  }
  r.registerPath({
    method: "get",
    path: "/incidents/{id}",
    summary: "HTML page of a merged incident (where feed items link to)",
    request: { params: idParam },
    responses: { 200: { description: "HTML page", content: { "text/html": { schema: z.string() } } }, 404: { description: "Unknown id" } },
  });
  r.registerPath({
    method: "get",
    path: "/schemas/{file}",
    summary: "JSON Schema documents of schemas/ (article input, article, incident, extract result, JSON Feed _incident extension, error)",
    request: { params: z.object({ file: z.string() }) },
    responses: { 200: { description: "JSON Schema", content: { "application/schema+json": { schema: z.object({}).passthrough() } } }, 404: err("Unknown schema") },
  });
  r.registerPath({
    method: "get",
    path: "/healthz",
    summary: "200 once D1 answers",
    responses: { 200: json(z.object({ ok: z.boolean() }), "Healthy") },
  });
  app.doc("/openapi.json", {
    openapi: "3.0.3",
    info: { title: "news-timeline", version: "0.1.0", description: "Dated incidents from news articles, merged across sources." },
  });
}
