/** POST /api/articles (ingest, outbox) and GET /api/articles/:id. */
import { createRoute, z } from "@hono/zod-openapi";
import type { ArticleInput } from "../../extract/types";
import { ArticleSchema, type Article } from "../../model/article";
import {
  ArticleBatchInputSchema,
  ArticleInputSchema,
  IngestBatchResultSchema,
  IngestResultSchema,
} from "../../model/article-input";
import { getArticleWithMentions } from "../../store/article-view";
import { ingestArticles } from "../../pipeline/enqueue";
import type { MentionRow } from "../../store/mentions";
import type { App } from "../app-type";
import { requireIngestToken } from "../auth";
import { jsonBody } from "../body";
import { BEARER, errorResponse, IdParamSchema, jsonResponse, PUBLIC, writeErrors } from "../docs";
import { ApiError, invalid } from "../errors";

const isBatch = (b: unknown): b is { articles: unknown } => typeof b === "object" && b !== null && !Array.isArray(b) && "articles" in b;

function articleIncident(m: MentionRow) {
  return {
    id: m.incident_id,
    title: m.title,
    kind: m.kind as Article["incidents"][number]["kind"],
    status: m.status as Article["incidents"][number]["status"],
    date: { value: m.date_value, start: m.date_start, end: m.date_end, granularity: m.date_granularity, text: m.date_text },
    actors: JSON.parse(m.actors) as string[],
    places: JSON.parse(m.places) as string[],
    quote: m.quote,
  };
}

const IngestAnswerSchema = z.union([IngestResultSchema, IngestBatchResultSchema]);
type IngestBody = z.infer<typeof ArticleInputSchema> | z.infer<typeof ArticleBatchInputSchema>;
/** One article or a batch (annotated: the union is too deep for the route's type inference). */
const IngestBodySchema: z.ZodType<IngestBody, IngestBody> = z.union([ArticleInputSchema, ArticleBatchInputSchema]);

const ingest = createRoute({
  method: "post",
  path: "/api/articles",
  operationId: "ingestArticles",
  tags: ["articles"],
  summary: "Submit one article, or { articles: [...] } (up to 100)",
  description:
    "Stores the article(s) (outbox) and queues them for extraction and merging. The same URL with the same content " +
    "again is a no-op (200, result unchanged); changed content is a new version (202, result updated). " +
    "An article given by its url alone is fetched by the queue consumer (HTML, at most 5 MB, 5 redirects); a fetch failure " +
    "is retried like any failure and ends as the article's failed reason.",
  security: BEARER,
  middleware: [requireIngestToken, jsonBody] as const,
  request: {
    body: { required: true, content: { "application/json": { schema: IngestBodySchema } } },
  },
  responses: {
    202: jsonResponse(IngestAnswerSchema, "Accepted: new or changed article(s) queued"),
    200: jsonResponse(IngestAnswerSchema, "Same URL and same content: nothing to do"),
    ...writeErrors,
  },
});

const getArticle = createRoute({
  method: "get",
  path: "/api/articles/{id}",
  operationId: "getArticle",
  tags: ["articles"],
  summary: "An article, its processing status and its incidents",
  description: "Status queued, processing, done or failed (with the reason); incidents[].id is the merged incident.",
  security: PUBLIC,
  request: { params: IdParamSchema },
  responses: { 200: jsonResponse(ArticleSchema, "The article"), 404: errorResponse("Unknown id") },
});

/** A failed body names the fields of the shape it was meant as: one article or a batch. */
function rejectBody(result: { success: boolean; data?: unknown }): undefined {
  if (result.success) return undefined;
  const data = result.data;
  if (isBatch(data)) throw invalid(ArticleBatchInputSchema.safeParse(data).error!, "articles");
  throw invalid(ArticleInputSchema.safeParse(data).error!, "article");
}

function articleOut(found: NonNullable<Awaited<ReturnType<typeof getArticleWithMentions>>>): Article {
  const { article: a, mentions } = found;
  return {
    id: a.id,
    url: a.url,
    title: a.title ?? a.extracted_title,
    source: a.source,
    language: a.language ?? a.language_input,
    status: a.status,
    publishedAt: a.published_at ?? a.published_at_input,
    publishedAtSource: a.published_at_source ?? (a.published_at_input ? "provided" : null),
    receivedAt: a.received_at,
    processedAt: a.processed_at,
    version: a.version,
    ...(a.error ? { error: a.error } : {}),
    warnings: JSON.parse(a.warnings ?? "[]") as string[],
    incidents: mentions.map(articleIncident),
  };
}

export function articleRoutes(app: App) {
  app.openapi(
    ingest,
    async (c) => {
      const body = c.req.valid("json");
      const now = new Date().toISOString();
      if ("articles" in body) {
        // One D1 batch for the whole request: one round trip, and all articles are stored or none.
        const results = await ingestArticles(c.env, body.articles as ArticleInput[], now);
        const anyNew = results.some((r) => r.result !== "unchanged");
        return c.json({ articles: results.map(({ id, status, result, url }) => ({ id, status, result, url })) }, anyNew ? 202 : 200);
      }
      const [r] = await ingestArticles(c.env, [body as ArticleInput], now);
      return c.json({ id: r.id, status: r.status, result: r.result, url: r.url }, r.result === "unchanged" ? 200 : 202);
    },
    (result) => rejectBody(result),
  );

  app.openapi(getArticle, async (c) => {
    const { id } = c.req.valid("param");
    const found = await getArticleWithMentions(c.env.DB, id);
    if (!found) throw new ApiError(404, "not_found", `no article with id ${id}`);
    return c.json(articleOut(found), 200);
  });
}
