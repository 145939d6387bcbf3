/**
 * The reads a merge plan is built from, in the order that makes its commit safe: the merge clock
 * first (the commit succeeds only if no merge committed after it), then the article's stored
 * mentions, then the candidates.
 */
import type { MentionRecord } from "../merge/types";
import { readMergeClock } from "./merge";
import { loadArticleMentions, loadCandidates, type StoredMention } from "./mentions";

export interface MergeSnapshot {
  clock: number;
  /** The article's mentions as stored before this run. */
  previous: StoredMention[];
  /** Mentions of other articles that may merge with the fresh ones, with every member of their incidents. */
  candidates: StoredMention[];
}

export async function readMergeSnapshot(db: D1Database, articleId: string, fresh: MentionRecord[]): Promise<MergeSnapshot> {
  const clock = await readMergeClock(db);
  const previous = await loadArticleMentions(db, articleId);
  const spans = [...fresh.map((f) => f.date), ...previous.map((p) => p.record.date)];
  const previousIncidents = previous.map((p) => p.incidentId).filter((x): x is string => !!x);
  const candidates = await loadCandidates(db, spans, articleId, previousIncidents);
  return { clock, previous, candidates };
}
