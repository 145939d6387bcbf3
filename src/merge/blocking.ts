/**
 * Blocking keys: which stored mentions a new mention is compared with. Two mentions are merge
 * candidates only when their date spans overlap AND they share a key (pure; the store indexes the
 * keys in `mention_keys`, keyed first, then by date, so that a coarse date never pulls a whole period).
 *
 * A key pairs a kind family with one entity:
 *  - `a:<name>|<family>` for the principal participant and every actor,
 *  - `p:<name>|<family>` for every place and every place containing it (Khasan → Primorye → Russia),
 *  - `x:<family>` for a mention with no actor and no place (it can only meet others of its kind).
 * The family is the kind, except that travel and meeting share one (a visit and its summit can be one
 * incident). Names are canonical (alias-resolved) and case-folded.
 *
 * Why this never loses a merge the pairwise decision would make between mentions with entities:
 * decide() needs compatible kinds (same family) and either a shared person/place, a place containing
 * the other's (both found through the place chains) or, without them, similar wording; only the last
 * case (two reports sharing no entity but worded alike) is given up, and pairs of entity-less
 * mentions still meet through `x:`.
 */
import type { MentionRecord } from "./types";
import { canonical, placeChain } from "./places";

/** Fields the extraction layer adds to mentions; used when present. */
type Extended = MentionRecord & { principal?: string | null; predicate?: string };

export function kindFamily(kind: string): string {
  return kind === "travel" || kind === "meeting" ? "travel+meeting" : kind;
}

const fold = (name: string) => canonical(name).toLowerCase();

export function blockingKeys(m: MentionRecord): string[] {
  const e = m as Extended;
  const family = kindFamily(m.kind);
  const actors = [...(e.principal ? [e.principal] : []), ...m.actors];
  const keys = new Set<string>();
  for (const a of actors) keys.add(`a:${fold(a)}|${family}`);
  for (const p of m.places) for (const q of placeChain(p)) keys.add(`p:${q.toLowerCase()}|${family}`);
  if (keys.size === 0) keys.add(`x:${family}`);
  return [...keys].sort();
}

/** Do two mentions' date spans overlap (inclusive ISO days)? */
export function spansOverlap(a: MentionRecord, b: MentionRecord): boolean {
  return a.date.start.slice(0, 10) <= b.date.end.slice(0, 10) && b.date.start.slice(0, 10) <= a.date.end.slice(0, 10);
}

/** The candidate relation the store implements with its index (symmetric). */
export function blockedTogether(a: MentionRecord, b: MentionRecord): boolean {
  if (!spansOverlap(a, b)) return false;
  const ka = new Set(blockingKeys(a));
  return blockingKeys(b).some((k) => ka.has(k));
}
