/**
 * Incremental merging (pure): one article's fresh mentions against the incidents already stored that
 * the blocking keys found (the candidates, src/store/mentions.ts).
 *
 * Every candidate incident is re-clustered with the fresh mentions: the plan is planMerge(candidate
 * members ∪ fresh), so it is the batch plan of those mentions whatever order the articles arrived in
 * (keeping stored incidents as intact groups made the outcome depend on the order: 3 outcomes over the
 * 120 seed orders). The cost is bounded by what the blocking keys pull, which the store caps.
 *
 * Only what changed is returned: a planned incident that is exactly a stored one (same id, same
 * members, no fresh mention, not dissolved) is left as stored; every other stored candidate is replaced.
 */
import { planMerge } from "./index";
import type { MentionRecord, PlannedIncident } from "./types";

export interface ExistingIncident {
  id: string;
  members: MentionRecord[];
}

export interface IncrementalPlan {
  /** The new state of every incident that changed (new ones included). */
  incidents: PlannedIncident[];
  /** Stored incident ids whose rows this plan replaces (absorbed, split, rebuilt or renamed). */
  replaced: string[];
}

/**
 * @param existing the candidate incidents with their members (of other articles)
 * @param fresh the article's fresh mentions
 * @param dissolve stored incidents that lost a mention of this article's previous version: rewritten
 *   even when their remaining members cluster as before
 */
export function planIncrementalMerge(existing: ExistingIncident[], fresh: MentionRecord[], dissolve: Iterable<string> = []): IncrementalPlan {
  const freshIds = new Set(fresh.map((m) => m.id));
  const mentions = [...fresh, ...existing.flatMap((e) => e.members.filter((m) => !freshIds.has(m.id)))];
  const key = (ids: string[]) => [...ids].sort().join("\u0000");
  const gone = new Set(dissolve);
  const stored = new Map<string, string>();
  for (const e of existing) if (!gone.has(e.id)) stored.set(e.id, key(e.members.map((m) => m.id)));
  const unchanged = new Set<string>();
  const incidents = planMerge(mentions).incidents.filter((inc) => {
    const same = stored.get(inc.id) === key(inc.mentionIds) && !inc.mentionIds.some((id) => freshIds.has(id));
    if (same) unchanged.add(inc.id);
    return !same;
  });
  const replaced = [...new Set([...existing.map((e) => e.id), ...gone])].filter((id) => !unchanged.has(id)).sort();
  return { incidents, replaced };
}
