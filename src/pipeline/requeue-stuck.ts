/**
 * Cron: re-enqueue articles stuck in `queued`/`processing` (e.g. accepted while a queue send failed).
 * After MAX_REQUEUES attempts an article is marked failed instead of looping forever.
 */
import type { Env } from "../env";
import { listStuck, markEnqueued, markFailed } from "../store/articles";

export const MAX_REQUEUES = 5;

export async function requeueStuck(env: Env, now = new Date()): Promise<{ requeued: number; failed: number }> {
  const after = Number(env.STUCK_AFTER_SECONDS ?? "180");
  const before = new Date(now.getTime() - (Number.isFinite(after) ? after : 180) * 1000).toISOString();
  const stuck = await listStuck(env.DB, before, 100);
  const iso = now.toISOString();
  const give = stuck.filter((s) => s.enqueue_count >= MAX_REQUEUES);
  const retry = stuck.filter((s) => s.enqueue_count < MAX_REQUEUES);
  for (const s of give) {
    await markFailed(env.DB, s.id, s.version, `stuck after ${s.enqueue_count} re-enqueues`, iso);
  }
  if (retry.length > 0) {
    await env.ARTICLE_QUEUE.sendBatch(retry.map((s) => ({ body: { articleId: s.id, version: s.version } })));
    await markEnqueued(env.DB, retry, iso);
  }
  return { requeued: retry.length, failed: give.length };
}
