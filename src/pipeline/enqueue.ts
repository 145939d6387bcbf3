/** Stores articles (outbox) and queues the new or changed ones: the one way in for POSTs and outlet feeds. */
import type { Env } from "../env";
import type { ArticleInput } from "../extract/types";
import { markEnqueued, upsertArticles, type UpsertResult } from "../store/articles";

/** Sends a message per new or changed article; a failed send leaves them queued for the cron. */
export async function enqueue(env: Pick<Env, "DB" | "ARTICLE_QUEUE">, results: UpsertResult[]): Promise<void> {
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

/** Upserts the articles in one D1 batch, then queues them. */
export async function ingestArticles(env: Pick<Env, "DB" | "ARTICLE_QUEUE">, inputs: ArticleInput[], now: string): Promise<UpsertResult[]> {
  const results = await upsertArticles(env.DB, inputs, now);
  await enqueue(env, results);
  return results;
}
