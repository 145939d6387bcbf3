/**
 * Cron: re-enqueue articles stuck in `queued`/`processing` (e.g. accepted while a queue send failed,
 * or whose consumer died). An article is marked failed instead — never re-enqueued into a crash loop —
 * after MAX_REQUEUES re-enqueues, or when its current version already spent its processing budget.
 */
import type { Env } from "../env";
import { listStuck, markEnqueued, markFailed } from "../store/articles";
import { attemptsOf } from "../store/processing";
import { describe, overBudget, processBudget } from "./failure";

export const MAX_REQUEUES = 5;

/** When the cron considers an article stuck (its status has not moved since). */
export function stuckBefore(env: Pick<Env, "STUCK_AFTER_SECONDS">, now: Date): string {
  const after = Number(env.STUCK_AFTER_SECONDS ?? "180");
  return new Date(now.getTime() - (Number.isFinite(after) ? after : 180) * 1000).toISOString();
}

export async function requeueStuck(env: Env, now = new Date()): Promise<{ requeued: number; failed: number }> {
  const stuck = await listStuck(env.DB, stuckBefore(env, now), 100);
  const iso = now.toISOString();
  const starts = await attemptsOf(env.DB, stuck.map((s) => s.id));
  const budget = processBudget(env);
  const spent = (s: { id: string }) => (starts.get(s.id) ?? 0) >= budget;
  const give = stuck.filter((s) => s.enqueue_count >= MAX_REQUEUES || spent(s));
  const retry = stuck.filter((s) => !give.includes(s));
  for (const s of give) {
    const reason = spent(s)
      ? overBudget(starts.get(s.id) ?? 0)
      : describe({ code: "stuck", reason: `still not processed after ${s.enqueue_count} re-enqueues` });
    await markFailed(env.DB, s.id, s.version, reason, iso);
  }
  if (retry.length > 0) {
    await env.ARTICLE_QUEUE.sendBatch(retry.map((s) => ({ body: { articleId: s.id, version: s.version } })));
    await markEnqueued(env.DB, retry, iso);
  }
  return { requeued: retry.length, failed: give.length };
}
