/**
 * Incremental clustering (pure): one article's fresh mentions against the incidents already stored,
 * never the stored incidents against each other again.
 *
 * Nodes are the intact stored incidents (groups whose members are fixed) and the loose mentions (the
 * fresh ones, plus the remaining members of incidents that lost a mention of this article's previous
 * version: those are re-clustered, since the lost mention may have been what held them together).
 * Edges are scored by the lead's pairwise decision — loose vs loose, and loose vs each intact incident
 * (its best-scoring member) — and applied greedily in (score desc, ids) order as planMerge does,
 * refusing a union whose clusters would hold a pair violating a hard constraint. Only clusters that
 * gained or lost something are planned; the others are left as stored. Deterministic: nodes and edges
 * are ordered by ids and contents only, never by input order.
 */
import { decide, hardConflict } from "./decide";
import { describeIncident } from "./index";
import { datesCompatible } from "./similarity";
import type { MentionRecord, PlannedIncident } from "./types";

export interface ExistingIncident {
  id: string;
  members: MentionRecord[];
}

export interface IncrementalPlan {
  /** The new state of every incident that changed (new ones included). */
  incidents: PlannedIncident[];
  /** Stored incident ids whose rows this plan replaces (absorbed, rebuilt or renamed). */
  replaced: string[];
}

interface Node {
  key: string;
  members: MentionRecord[];
  /** A stored incident kept as a group (its id), or null for a loose mention. */
  incident: string | null;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function nodesOf(existing: ExistingIncident[], fresh: MentionRecord[], dissolve: Set<string>): { nodes: Node[]; dissolved: string[] } {
  const seen = new Set<string>();
  const loose: MentionRecord[] = [];
  const groups: Node[] = [];
  const dissolved: string[] = [];
  for (const m of fresh) if (!seen.has(m.id)) (seen.add(m.id), loose.push(m));
  for (const inc of [...existing].sort((a, b) => cmp(a.id, b.id))) {
    const members = inc.members.filter((m) => !seen.has(m.id)).sort((a, b) => cmp(a.id, b.id));
    for (const m of members) seen.add(m.id);
    if (dissolve.has(inc.id) || members.length < inc.members.length) {
      dissolved.push(inc.id);
      loose.push(...members);
    } else if (members.length > 0) groups.push({ key: `g:${inc.id}`, members, incident: inc.id });
  }
  loose.sort((a, b) => cmp(a.id, b.id));
  return { nodes: [...loose.map((m): Node => ({ key: `m:${m.id}`, members: [m], incident: null })), ...groups], dissolved };
}

/** Best link between two nodes (at least one loose): the highest-scoring pair of members judged the same. */
function link(a: Node, b: Node): number | null {
  let best: number | null = null;
  for (const x of a.members) {
    for (const y of b.members) {
      if (!datesCompatible(x.date, y.date)) continue;
      // decide() is not symmetric (place containment is read from its first argument): the lower id
      // goes first, as in planMerge's clustering.
      const d = x.id < y.id ? decide(x, y, false) : decide(y, x, false);
      if (d.same && (best === null || d.score > best)) best = d.score;
    }
  }
  return best;
}

export function planIncrementalMerge(existing: ExistingIncident[], fresh: MentionRecord[], dissolve: Iterable<string> = []): IncrementalPlan {
  // Every candidate incident is re-clustered with the fresh mentions: greedy clustering against
  // intact groups depends on the order articles arrive (eval:seeds found 3 outcomes over 120 orders),
  // re-clustering the candidates (already narrowed by blocking keys) gives the batch plan in every order.
  const { nodes, dissolved } = nodesOf(existing, fresh, new Set([...dissolve, ...existing.map((e) => e.id)]));
  const edges: { i: number; j: number; score: number }[] = [];
  for (let i = 0; i < nodes.length; i++) {
    if (nodes[i].incident !== null) continue; // groups are only linked to loose mentions
    for (let j = 0; j < nodes.length; j++) {
      if (j === i || (nodes[j].incident === null && j < i)) continue;
      const score = link(nodes[i], nodes[j]);
      if (score !== null) edges.push({ i: Math.min(i, j), j: Math.max(i, j), score });
    }
  }
  edges.sort((x, y) => y.score - x.score || cmp(nodes[x.i].key, nodes[y.i].key) || cmp(nodes[x.j].key, nodes[y.j].key));
  const parent = nodes.map((_, i) => i);
  const members: MentionRecord[][] = nodes.map((n) => [...n.members]);
  const touched = nodes.map((n) => n.incident === null);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x])));
  for (const { i, j } of edges) {
    const ri = find(i);
    const rj = find(j);
    if (ri === rj) continue;
    if (!members[ri].every((p) => members[rj].every((q) => hardConflict(p, q) === null))) continue;
    const [keep, drop] = ri < rj ? [ri, rj] : [rj, ri];
    parent[drop] = keep;
    members[keep] = members[keep].concat(members[drop]);
    members[drop] = [];
    touched[keep] = true;
  }
  const replaced = new Set(dissolved);
  for (let k = 0; k < nodes.length; k++) if (nodes[k].incident && touched[find(k)]) replaced.add(nodes[k].incident!);
  const incidents: PlannedIncident[] = [];
  for (let i = 0; i < nodes.length; i++) {
    // Members in id order, as planMerge gives them (ties between equal dates are broken by position).
    if (find(i) === i && touched[i]) incidents.push(describeIncident([...members[i]].sort((a, b) => cmp(a.id, b.id))));
  }
  incidents.sort((a, b) => cmp(a.date.start, b.date.start) || cmp(a.id, b.id));
  return { incidents, replaced: [...replaced].sort() };
}
