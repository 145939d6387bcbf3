/**
 * One article version through the pure core and into D1: extract → mentions → candidates (date
 * index) → planMerge → one atomic batch. Safe to run twice for the same version, and concurrently
 * with other articles: the batch commits only if no other merge committed since the merge clock was
 * read (before the candidates); otherwise the reads and the plan are redone (up to MERGE_ATTEMPTS
 * times in-process, then the error goes to the queue's retries).
 */
import type { Env } from "../env";
import { extractArticle } from "../extract";
import type { ArticleInput } from "../extract/types";
import { mentionId, planMerge } from "../merge";
import type { MentionRecord } from "../merge/types";
import { getArticle, markProcessing, type ArticleRow } from "../store/articles";
import { withBody } from "./fetch-body";
import { applyMerge, MergeConflictError, readMergeClock } from "../store/merge";
import { loadArticleMentions, loadCandidates } from "../store/mentions";

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
  /** Tests only: runs between the plan and its commit (to let another merge commit there). */
  beforeCommit?: (attempt: number) => Promise<void>;
  /** Tests only: commit without the merge-clock guard, to show the race it prevents. */
  unguarded?: boolean;
}

export function articleInputOf(a: ArticleRow): ArticleInput {
  return {
    url: a.url,
    title: a.title ?? undefined,
    text: a.text_input ?? undefined,
    html: a.html_input ?? undefined,
    publishedAt: a.published_at_input ?? undefined,
    language: a.language_input ?? undefined,
    source: a.source ?? undefined,
  };
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

  const extraction = extractArticle(articleInputOf(await withBody(env, article, now)), { receivedAt: article.received_at });
  const fresh = new Map<string, { record: MentionRecord; sentenceIndex: number }>();
  for (const inc of extraction.incidents) {
    const id = mentionId(article.id, inc.key);
    if (fresh.has(id)) continue;
    fresh.set(id, {
      sentenceIndex: inc.sentenceIndex,
      record: {
        id,
        articleId: article.id,
        language: extraction.language,
        kind: inc.kind,
        status: inc.status,
        title: inc.title,
        quote: inc.quote,
        trigger: inc.trigger,
        date: inc.date,
        actors: inc.actors,
        principal: inc.principal,
        predicate: inc.predicate,
        attribution: inc.attribution,
        places: inc.places,
        publishedAt: extraction.publishedAt,
      },
    });
  }
  const freshList = [...fresh.values()];
  const outcome = {
    language: extraction.language,
    title: extraction.title,
    publishedAt: extraction.publishedAt,
    publishedAtSource: extraction.publishedAtSource,
  };
  const maxAttempts = Math.max(1, opts.maxAttempts ?? MERGE_ATTEMPTS);
  for (let attempt = 1; ; attempt++) {
    // The clock first: every read below sees at least the state of this version, and the commit
    // succeeds only if no merge committed after it.
    const clock = await readMergeClock(db);
    const previous = await loadArticleMentions(db, article.id);
    const spans = [...freshList.map((f) => f.record.date), ...previous.map((p) => p.record.date)];
    const previousIncidents = previous.map((p) => p.incidentId).filter((x): x is string => !!x);
    const candidates = await loadCandidates(db, spans, article.id, previousIncidents);
    const plan = planMerge([...candidates.map((c) => c.record), ...freshList.map((f) => f.record)]);
    await opts.beforeCommit?.(attempt);
    try {
      await applyMerge(db, {
        articleId: article.id,
        version: article.version,
        now,
        outcome,
        fresh: freshList,
        previous,
        candidates,
        plan,
        clock: opts.unguarded ? null : clock,
      });
      return "done";
    } catch (err) {
      if (!(err instanceof MergeConflictError)) throw err;
      if (attempt >= maxAttempts) {
        throw new MergeConflictError(
          `merge conflict: other articles were merged concurrently during each of ${attempt} attempts; the queue will retry`,
          { cause: err },
        );
      }
      opts.onConflict?.(attempt);
      // A short random pause, so that conflicting consumers do not retry in lockstep.
      await new Promise((r) => setTimeout(r, Math.random() * 20 * attempt));
    }
  }
}
