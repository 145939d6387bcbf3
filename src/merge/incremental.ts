/**
 * The store's incremental merging, modelled in memory (pure): articles arrive one by one; each one's
 * candidates are the stored mentions whose date spans overlap its own, plus all members of the
 * incidents those belong to; planMerge(candidates ∪ new) rewrites those incidents. Used by tests and
 * eval:seeds to check that incremental, date-indexed merging gives the batch plan in every order.
 */
import { planMerge } from "./index";
import type { MentionRecord } from "./types";

/** Ingests the batches in order; returns incident id → member mention ids. */
export function mergeIncrementally(batches: MentionRecord[][]): Map<string, string[]> {
  const incidentOf = new Map<string, string>();
  const members = new Map<string, string[]>();
  const stored: MentionRecord[] = [];
  for (const fresh of batches) {
    const overlaps = stored.filter((s) => fresh.some((f) => s.date.start <= f.date.end && f.date.start <= s.date.end));
    const ids = new Set(overlaps.map((m) => m.id));
    for (const m of overlaps) for (const id of members.get(incidentOf.get(m.id)!) ?? []) ids.add(id);
    const candidates = stored.filter((m) => ids.has(m.id));
    const plan = planMerge([...candidates, ...fresh]);
    for (const id of new Set(candidates.map((m) => incidentOf.get(m.id)!))) members.delete(id);
    for (const inc of plan.incidents) {
      members.set(inc.id, inc.mentionIds);
      for (const id of inc.mentionIds) incidentOf.set(id, inc.id);
    }
    stored.push(...fresh);
  }
  return members;
}
