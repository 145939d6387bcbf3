/**
 * The store's incremental merging, modelled in memory (pure): articles arrive one by one; each one's
 * candidates are the stored mentions that share a blocking key with one of its mentions and whose date
 * spans overlap, the best CANDIDATE_CAP of them per fresh mention (src/merge/blocking.ts `pulledBy`; the
 * store finds them through `mention_keys`); the incidents
 * those belong to are the existing incidents, and planIncrementalMerge(existing, new) decides the
 * changed incidents. Used by tests and eval:seeds to check that incremental, blocked merging gives the
 * batch plan in every order.
 */
import { pulledBy } from "./blocking";
import { planIncrementalMerge } from "./incremental-plan";
import type { MentionRecord } from "./types";

/** Ingests the batches in order; returns incident id → member mention ids. */
export function mergeIncrementally(batches: MentionRecord[][]): Map<string, string[]> {
  const incidentOf = new Map<string, string>();
  const members = new Map<string, string[]>();
  const byId = new Map<string, MentionRecord>();
  for (const fresh of batches) {
    const hit = new Set<string>();
    for (const f of fresh) for (const s of pulledBy(f, byId.values())) hit.add(incidentOf.get(s.id)!);
    const existing = [...hit].map((id) => ({ id, members: members.get(id)!.map((m) => byId.get(m)!) }));
    const plan = planIncrementalMerge(existing, fresh);
    for (const id of plan.replaced) members.delete(id);
    for (const inc of plan.incidents) {
      members.set(inc.id, inc.mentionIds);
      for (const id of inc.mentionIds) incidentOf.set(id, inc.id);
    }
    for (const f of fresh) byId.set(f.id, f);
  }
  return members;
}
