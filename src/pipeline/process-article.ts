/**
 * One article version through the pure core and into D1: extract → mentions → merge snapshot
 * (clock, previous mentions, candidate incidents by blocking keys) → incremental plan (the fresh
 * mentions against those incidents) → one atomic, guarded batch. Safe to run twice for the
 * same version, and concurrently with other articles and other versions of the same article: the batch
 * writes nothing when a newer version of the article is stored (→ "stale"), and commits only if no
 * other merge committed since the merge clock was read; otherwise the reads and the plan are redone
 * (up to MERGE_ATTEMPTS times in-process, then the error goes to the queue's retries).
 */
import type { Env } from "../env";
import { planIncrementalMerge, type IncrementalPlan } from "../merge/incremental-plan";
import { getArticle, markProcessing } from "../store/articles";
import { applyMerge, MergeConflictError, StaleVersionError } from "../store/merge";
import { existingIncidents, previousIncidentIds, readMergeSnapshot, type MergeSnapshot } from "../store/merge-snapshot";
import { articleMentions, type FreshMention } from "./article-mentions";
import { withBody } from "./fetch-body";

export type ProcessOutcome = "done" | "stale" | "already-done";

export class NotVisibleYetError extends Error {}

/** In-process attempts at reading, planning and committing a merge before giving up to the queue. */
export const MERGE_ATTEMPTS = 5;

export interface ProcessOptions {
  now?: string;
  force?: boolean;
  /** Attempts before a MergeConflictError is thrown (default MERGE_ATTEMPTS). */
  maxAttempts?: number;
  /** Called after each merge conflict that is about to be retried (attempt = the attempt that failed). */
  onConflict?: (attempt: number) => void;
}

/** The plan for the article's fresh mentions given a snapshot of the store (pure). */
export function planArticle(snapshot: MergeSnapshot, fresh: FreshMention[]): IncrementalPlan {
  return planIncrementalMerge(existingIncidents(snapshot), fresh.map((f) => f.record), previousIncidentIds(snapshot));
}

/**
 * Runs `attempt` until it commits; a MergeConflictError is retried after a short random pause (so that
 * conflicting consumers do not retry in lockstep), at most `maxAttempts` times in all.
 */
export async function retryOnConflict<T>(
  attempt: (n: number) => Promise<T>,
  maxAttempts = MERGE_ATTEMPTS,
  onConflict?: (n: number) => void,
): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt(n);
    } catch (err) {
      if (!(err instanceof MergeConflictError)) throw err;
      if (n >= Math.max(1, maxAttempts)) {
        throw new MergeConflictError(
          `merge conflict: other articles were merged concurrently during each of ${n} attempts; the queue will retry`,
          { cause: err },
        );
      }
      onConflict?.(n);
      await new Promise((r) => setTimeout(r, Math.random() * 20 * n));
    }
  }
}

export async function processArticle(
  env: Pick<Env, "DB" | "FETCH_ALLOW_PRIVATE">,
  ref: { articleId: string; version: number },
  opts: ProcessOptions = {},
): Promise<ProcessOutcome> {
  const db = env.DB;
  const article = await getArticle(db, ref.articleId);
  if (!article) throw new NotVisibleYetError(`article ${ref.articleId} not found`);
  if (article.version < ref.version) {
    throw new NotVisibleYetError(`article ${ref.articleId} version ${ref.version} not visible yet (stored: ${article.version})`);
  }
  if (article.version > ref.version) return "stale"; // a newer version has its own message
  if (!opts.force && article.status === "done" && (article.processed_version ?? 0) >= ref.version) return "already-done";

  const now = opts.now ?? new Date().toISOString();
  await markProcessing(db, article.id, article.version, now);
  // An article posted as a URL alone gets its page fetched here (pipeline/fetch-body.ts).
  const { fresh, outcome } = articleMentions(await withBody(env, article, now));
  try {
    return await retryOnConflict(
      async () => {
        const snapshot = await readMergeSnapshot(db, article.id, fresh.map((f) => f.record));
        const plan = planArticle(snapshot, fresh);
        await applyMerge(db, { articleId: article.id, version: article.version, now, outcome, fresh, ...snapshot, plan });
        return "done" as const;
      },
      opts.maxAttempts,
      opts.onConflict,
    );
  } catch (err) {
    // A newer version was stored while this one was processed: its own message recomputes it.
    if (err instanceof StaleVersionError) return "stale";
    throw err;
  }
}
