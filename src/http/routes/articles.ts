/** POST /api/articles (ingest, outbox) and GET /api/articles/:id. */
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Env } from "../../env";
import type { ArticleInput } from "../../extract/types";
import type { Article } from "../../model/article";
import { ArticleBatchInputSchema, ArticleInputSchema } from "../../model/article-input";
import { getArticleWithMentions } from "../../store/article-view";
import { markEnqueued, upsertArticle, upsertArticles, type UpsertResult } from "../../store/articles";
import type { MentionRow } from "../../store/mentions";
import { requireIngestToken } from "../auth";
import { readJsonBody } from "../body";
import { ApiError, invalid } from "../errors";

const isBatch = (b: unknown): b is { articles: unknown } => typeof b === "object" && b !== null && !Array.isArray(b) && "articles" in b;

async function enqueue(env: Env, results: UpsertResult[]): Promise<void> {
  const todo = results.filter((r) => r.result !== "unchanged");
  if (todo.length === 0) return;
  try {
    for (let i = 0; i < todo.length; i += 100) {
      await env.ARTICLE_QUEUE.sendBatch(todo.slice(i, i + 100).map((r) => ({ body: { articleId: r.id, version: r.version } })));
    }
    await markEnqueued(env.DB, todo, new Date().toISOString());
  } catch (err) {
    // The rows are stored (status queued): the cron re-enqueues them. Accepted work is not lost.
    console.error("ingest: queue send failed; the cron will re-enqueue", err instanceof Error ? err.message : err);
  }
}

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

export function articleRoutes(app: OpenAPIHono<{ Bindings: Env }>) {
  app.post("/api/articles", requireIngestToken, async (c) => {
    const body = await readJsonBody(c);
    const now = new Date().toISOString();
    if (isBatch(body)) {
      const parsed = ArticleBatchInputSchema.safeParse(body);
      if (!parsed.success) throw invalid(parsed.error, "articles");
      // One D1 batch for the whole request: one round trip, and all articles are stored or none.
      const results = await upsertArticles(c.env.DB, parsed.data.articles as ArticleInput[], now);
      await enqueue(c.env, results);
      const anyNew = results.some((r) => r.result !== "unchanged");
      return c.json({ articles: results.map(({ id, status, result, url }) => ({ id, status, result, url })) }, anyNew ? 202 : 200);
    }
    const parsed = ArticleInputSchema.safeParse(body);
    if (!parsed.success) throw invalid(parsed.error, "article");
    const r = await upsertArticle(c.env.DB, parsed.data as ArticleInput, now);
    await enqueue(c.env, [r]);
    return c.json({ id: r.id, status: r.status, result: r.result, url: r.url }, r.result === "unchanged" ? 200 : 202);
  });

  app.get("/api/articles/:id", async (c) => {
    const found = await getArticleWithMentions(c.env.DB, c.req.param("id"));
    if (!found) throw new ApiError(404, "not_found", `no article with id ${c.req.param("id")}`);
    const { article: a, mentions } = found;
    const out: Article = {
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
    return c.json(out);
  });
}
