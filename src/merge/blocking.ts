/**
 * Blocking keys: which stored mentions a new mention is compared with. Two mentions are merge
 * candidates only when their date spans overlap AND they share a key (pure; the store indexes the
 * keys in `mention_keys`, keyed first, then by date, so that a coarse date never pulls a whole period).
 *
 * A key pairs a kind family with one entity:
 *  - `a:<alias key>|<family>` for every alias key (src/merge/aliases.ts: the name's key, a person's last
 *    name, an organisation's initials) of the principal participant and of every actor,
 *  - `p:<name>|<family>` for every place and every place containing it (Khasan → Primorye → Russia),
 *  - `x:<family>` for a mention with no actor and no place (it can only meet others of its kind).
 * The family is the kind, except that travel and meeting share one (a visit and its summit can be one
 * incident). Places are canonical (alias-resolved) and case-folded.
 *
 * Why this never loses a merge the pairwise decision would make between mentions with entities:
 * decide() needs compatible kinds (same family) and either the same principal or a shared actor (both
 * through shared alias keys), a shared place or a place containing the other's (through the place
 * chains), or, without them, similar wording; only the last case (two reports sharing no entity but
 * worded alike) is given up, and pairs of entity-less mentions still meet through `x:`.
 */
import { aliasKeys } from "./aliases";
import type { MentionRecord } from "./types";
import { placeChain } from "./places";
import { spanDays } from "../temporal/common/calendar";

export function kindFamily(kind: string): string {
  return kind === "travel" || kind === "meeting" ? "travel+meeting" : kind;
}

/** Per-name results, memoised (pure functions of the name; bounded so a long-lived isolate stays small). */
function memo<T>(f: (name: string) => T): (name: string) => T {
  const cache = new Map<string, T>();
  return (name) => {
    let v = cache.get(name);
    if (v === undefined) {
      if (cache.size >= 50_000) cache.clear();
      cache.set(name, (v = f(name)));
    }
    return v;
  };
}
const actorKeys = memo((name) => aliasKeys(name).map((k) => `a:${k}`));
const placeKeys = memo((name) => placeChain(name).map((q) => `p:${q.toLowerCase()}`));

export function blockingKeys(m: MentionRecord): string[] {
  const family = kindFamily(m.kind);
  const actors = [...(m.principal ? [m.principal] : []), ...m.actors];
  const keys = new Set<string>();
  for (const a of actors) for (const k of actorKeys(a)) keys.add(`${k}|${family}`);
  for (const p of m.places) for (const k of placeKeys(p)) keys.add(`${k}|${family}`);
  if (keys.size === 0) keys.add(`x:${family}`);
  return [...keys].sort();
}

/** Do two mentions' date spans overlap (inclusive ISO days)? */
export function spansOverlap(a: MentionRecord, b: MentionRecord): boolean {
  return a.date.start.slice(0, 10) <= b.date.end.slice(0, 10) && b.date.start.slice(0, 10) <= a.date.end.slice(0, 10);
}

/**
 * How many stored mentions one fresh mention pulls at most (with all the members of their incidents),
 * and how many index rows it reads at most per (key, span class). A mention about a much-reported
 * person dated only by a year shares a key with thousands of stored mentions of that year; the lookup
 * reads the first TERM_ROWS rows of each (key, span class) range in index order (start day, id) and
 * keeps the best CANDIDATE_CAP mentions among them (most shared keys: the same person and the same
 * place first; then finest date; then id), so the cost of one merge does not grow with the store. The
 * cut is deterministic (a function of the stored mentions' contents and ids) and only reached where the
 * archive is dense; what it gives up there is a coarse mention's link to a mention read past the cut.
 */
export const CANDIDATE_CAP = 32;
export const TERM_ROWS = 64;

/** spanClass of src/store/dates.ts (kept pure here): ceil(log2(span days)), at most 16. */
export function spanClassOf(m: MentionRecord): number {
  return Math.min(16, Math.ceil(Math.log2(spanDays(m.date.start, m.date.end))));
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The stored mentions a fresh one pulls, as the store selects them (store/mentions.ts
 * candidateStatement): per (key, span class), the first TERM_ROWS overlapping mentions by (start, id);
 * among those, by the number of shared keys read (desc), then span class, then id; the first cap.
 */
export function pulledBy(fresh: MentionRecord, stored: Iterable<MentionRecord>, cap = CANDIDATE_CAP, termRows = TERM_ROWS): MentionRecord[] {
  const keys = new Set(blockingKeys(fresh));
  const ranges = new Map<string, MentionRecord[]>();
  for (const s of stored) {
    if (s.articleId === fresh.articleId || !spansOverlap(s, fresh)) continue;
    for (const k of blockingKeys(s)) {
      if (!keys.has(k)) continue;
      const range = `${k}\u0000${spanClassOf(s)}`;
      ranges.set(range, [...(ranges.get(range) ?? []), s]);
    }
  }
  const hits = new Map<string, { m: MentionRecord; n: number }>();
  for (const rows of ranges.values()) {
    rows.sort((a, b) => cmp(a.date.start, b.date.start) || cmp(a.id, b.id));
    for (const m of rows.slice(0, termRows)) {
      const h = hits.get(m.id) ?? { m, n: 0 };
      h.n++;
      hits.set(m.id, h);
    }
  }
  return [...hits.values()]
    .sort((a, b) => b.n - a.n || spanClassOf(a.m) - spanClassOf(b.m) || cmp(a.m.id, b.m.id))
    .slice(0, cap)
    .map((h) => h.m);
}

/** The candidate relation the store implements with its index (symmetric). */
export function blockedTogether(a: MentionRecord, b: MentionRecord): boolean {
  if (!spansOverlap(a, b)) return false;
  const ka = new Set(blockingKeys(a));
  return blockingKeys(b).some((k) => ka.has(k));
}
