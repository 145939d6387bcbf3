/**
 * Order-independent clustering: all pairwise links are scored, sorted by (score desc, ids), and
 * applied greedily as in Kruskal's algorithm, refusing a union whose clusters would hold a pair
 * violating a hard constraint (dates, kinds, movements, places): a month mention cannot chain the
 * 10th and the 17th together, a meeting cannot chain an arrival and a departure. The input
 * order never matters: only ids and contents do.
 *
 * Only pairs the blocking keys put together are linked (src/merge/blocking.ts): the store's
 * incremental path only ever compares those across articles (an article's own mentions are always
 * planned together), so a link the batch made beyond them (two mentions
 * worded alike without a shared entity) was found or not depending on which article came first.
 */
import type { MentionRecord } from "./types";
import { decide, hardConflict } from "./decide";
import { datesCompatible } from "./similarity";
import { blockingKeys, spansOverlap } from "./blocking";

export function clusterMentions(mentions: MentionRecord[]): MentionRecord[][] {
  // Deduplicate by id (the same mention may be passed twice) and sort canonically.
  const byId = new Map<string, MentionRecord>();
  for (const m of mentions) if (!byId.has(m.id)) byId.set(m.id, m);
  const ms = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const n = ms.length;
  const keys = ms.map((m) => new Set(blockingKeys(m)));
  const blocked = (i: number, j: number) => ms[i].articleId === ms[j].articleId || spansOverlap(ms[i], ms[j]) && [...keys[i]].some((k) => keys[j].has(k));
  const edges: { i: number; j: number; score: number }[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      // Cheap date pre-check before the full decision.
      if (!datesCompatible(ms[i].date, ms[j].date) || !blocked(i, j)) continue;
      const d = decide(ms[i], ms[j], false);
      if (d.same) edges.push({ i, j, score: d.score });
    }
  }
  edges.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  const parent = ms.map((_, i) => i);
  const members: number[][] = ms.map((_, i) => [i]);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x])));
  for (const { i, j } of edges) {
    const ri = find(i);
    const rj = find(j);
    if (ri === rj) continue;
    const ok = members[ri].every((p) => members[rj].every((q) => hardConflict(ms[p], ms[q]) === null));
    if (!ok) continue;
    const [keep, drop] = ri < rj ? [ri, rj] : [rj, ri];
    parent[drop] = keep;
    members[keep] = members[keep].concat(members[drop]);
    members[drop] = [];
  }
  const clusters: MentionRecord[][] = [];
  for (let i = 0; i < n; i++) if (find(i) === i) clusters.push(members[i].sort((a, b) => a - b).map((k) => ms[k]));
  return clusters;
}
