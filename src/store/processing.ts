/** Processing budget of article versions (migration 0006): starts counted per version, operator retries. */
import type { ArticleStatus } from "./articles";

/**
 * Counts one processing start of the article's current version, when that version is in flight
 * (`queued`/`processing`). Returns the starts so far, or null when the message is not for the current
 * in-flight version (stale, done, failed or not visible yet: the pipeline decides what to do with it).
 */
export async function countAttempt(db: D1Database, id: string, version: number): Promise<number | null> {
  const row = await db
    .prepare(
      `UPDATE articles SET attempts = CASE WHEN attempts_version = ?2 THEN attempts + 1 ELSE 1 END, attempts_version = ?2
       WHERE id = ?1 AND version = ?2 AND status IN ('queued', 'processing')
       RETURNING attempts`,
    )
    .bind(id, version)
    .first<{ attempts: number }>();
  return row?.attempts ?? null;
}

/** Starts of the current version of each article (0 when it never started). */
export async function attemptsOf(db: D1Database, ids: string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (ids.length === 0) return out;
  const r = await db
    .prepare(
      `SELECT id, CASE WHEN attempts_version = version THEN attempts ELSE 0 END AS attempts
       FROM articles WHERE id IN (SELECT value FROM json_each(?1))`,
    )
    .bind(JSON.stringify(ids))
    .all<{ id: string; attempts: number }>();
  for (const row of r.results) out.set(row.id, row.attempts);
  return out;
}

export type RetryOutcome =
  | { retried: true; id: string; url: string; version: number; status: ArticleStatus }
  | { retried: false; status: ArticleStatus | null; statusAt: string | null };

/**
 * Operator retry: a `failed` article, or one `queued`/`processing` since before `stuckBefore`, goes
 * back to `queued` with a fresh budget (attempts, re-enqueues, error cleared). Anything else is left alone.
 */
export async function resetForRetry(db: D1Database, id: string, stuckBefore: string, now: string): Promise<RetryOutcome> {
  const row = await db
    .prepare(
      `UPDATE articles SET status = 'queued', status_at = ?3, error = NULL, attempts = 0, attempts_version = version, enqueue_count = 0
       WHERE id = ?1 AND (status = 'failed' OR (status IN ('queued', 'processing') AND status_at < ?2))
       RETURNING id, url, version, status`,
    )
    .bind(id, stuckBefore, now)
    .first<{ id: string; url: string; version: number; status: ArticleStatus }>();
  if (row) return { retried: true, ...row };
  const current = await db.prepare("SELECT status, status_at FROM articles WHERE id = ?1").bind(id).first<{ status: ArticleStatus; status_at: string }>();
  return { retried: false, status: current?.status ?? null, statusAt: current?.status_at ?? null };
}
