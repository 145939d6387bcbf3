/**
 * The reads a merge plan is built from, in the order that makes its commit safe: the merge clock
 * first (the commit succeeds only if no merge committed after it), then the article's stored
 * mentions, then the candidates.
 */
import type { ExistingIncident } from "../merge/incremental-plan";
import type { MentionRecord } from "../merge/types";
import { readMergeClock } from "./merge";
import { loadArticleMentions, loadCandidates, type StoredMention } from "./mentions";

export interface MergeSnapshot {
  clock: number;
  /** The article's mentions as stored before this run. */
  previous: StoredMention[];
  /** Every member (of other articles) of the incidents the fresh mentions may join (blocking keys), and
   * of the incidents of the previous mentions. */
  candidates: StoredMention[];
}

/** The snapshot's incidents with their members (the input of planIncrementalMerge). */
export function existingIncidents(snapshot: MergeSnapshot): ExistingIncident[] {
  const byIncident = new Map<string, MentionRecord[]>();
  for (const c of snapshot.candidates) {
    if (!c.incidentId) continue; // every stored mention belongs to an incident (store/integrity.ts)
    byIncident.set(c.incidentId, [...(byIncident.get(c.incidentId) ?? []), c.record]);
  }
  return [...byIncident].map(([id, members]) => ({ id, members }));
}

/** Incidents that held the article's previous mentions: they lose those and are re-clustered. */
export const previousIncidentIds = (snapshot: MergeSnapshot): string[] =>
  [...new Set(snapshot.previous.map((p) => p.incidentId).filter((x): x is string => !!x))];

export async function readMergeSnapshot(db: D1Database, articleId: string, fresh: MentionRecord[]): Promise<MergeSnapshot> {
  const clock = await readMergeClock(db);
  const previous = await loadArticleMentions(db, articleId);
  const previousIncidents = [...new Set(previous.map((p) => p.incidentId).filter((x): x is string => !!x))];
  const candidates = await loadCandidates(db, fresh, articleId, previousIncidents);
  return { clock, previous, candidates };
}
