/**
 * Pairwise decision: are two mentions the same real-world incident? Uses only persisted mention
 * fields, so a decision never depends on when or where a mention was extracted.
 *
 * All needed:
 *  1. compatible dates: equal, or one inside the other (a day inside a week, month or range);
 *  2. compatible kinds: equal, or a visit/trip and a meeting (a state visit and its summit);
 *     a departure never matches an arrival or a return;
 *  3. no conflicting precise places (a departure from Pyongyang vs one from Primorye), unless the
 *     wording is nearly identical;
 *  4. enough evidence: shared people, precise places, organisations, countries (weighted, alias-
 *     and containment-aware) and similar wording; coarse dates (week, month, year) need more, and a
 *     generic "other" kind needs similar wording.
 * The score orders links for the deterministic clustering (higher = more certain).
 */
import type { MentionRecord } from "./types";
import { contentTokens, dateRelation, datesCompatible, jaccard, spanDays } from "./similarity";
import { canonical, entityWeight, isFinePlace, placesRelated } from "./places";

export interface PairDecision {
  same: boolean;
  reason: string;
  score: number;
}

const MOVEMENT: [string, RegExp][] = [
  ["departure", /(?:quitt|parti|départ|left|leav|depart|set off|sets off)/iu],
  ["arrival", /(?:arriv|atterri|franchi|landed|reach|crossed)/iu],
  ["return", /(?:retour|rentr|regagn|return|came back)/iu],
];

function movement(trigger: string): string | null {
  for (const [name, re] of MOVEMENT) if (re.test(trigger)) return name;
  return null;
}

function kindsCompatible(a: MentionRecord, b: MentionRecord): boolean {
  if (a.kind === b.kind) return true;
  const pair = [a, b];
  // A visit or trip and a meeting can be the same incident; movements (departure, arrival) cannot.
  const travel = pair.find((m) => m.kind === "travel");
  const meeting = pair.find((m) => m.kind === "meeting");
  return !!travel && !!meeting && movement(travel.trigger) === null;
}

function shared(a: string[], b: string[]): string[] {
  const cb = new Set(b.map(canonical));
  return [...new Set(a.map(canonical))].filter((x) => cb.has(x)).sort();
}

function quoteSimilarity(a: MentionRecord, b: MentionRecord): number {
  return jaccard(contentTokens(a.quote), contentTokens(b.quote));
}

/**
 * Hard constraints (dates, kinds, movements, precise places). Checked for every pair of a cluster,
 * so a chain of links can never put incompatible mentions together.
 */
export function hardConflict(a: MentionRecord, b: MentionRecord, quoteSim = quoteSimilarity(a, b)): string | null {
  if (!datesCompatible(a.date, b.date)) return `dates ${dateRelation(a.date, b.date)} (${a.date.value} vs ${b.date.value})`;
  if (!kindsCompatible(a, b)) return `kinds differ (${a.kind}/${a.trigger} vs ${b.kind}/${b.trigger})`;
  const ma = movement(a.trigger);
  const mb = movement(b.trigger);
  if (a.kind === "travel" && b.kind === "travel" && ma && mb && ma !== mb) return `different movements (${ma} vs ${mb})`;
  const fineA = a.places.filter(isFinePlace);
  const fineB = b.places.filter(isFinePlace);
  if (fineA.length && fineB.length && !fineA.some((x) => fineB.some((y) => placesRelated(x, y))) && quoteSim < 0.5)
    return `places conflict ([${fineA.join(",")}] vs [${fineB.join(",")}])`;
  return null;
}

export function decide(a: MentionRecord, b: MentionRecord): PairDecision {
  if (a.id === b.id) return { same: true, reason: "same mention", score: 100 };
  // Quotes carry the wording; generated titles share their template, so they count for half.
  const quoteSim = quoteSimilarity(a, b);
  const conflict = hardConflict(a, b, quoteSim);
  if (conflict) return { same: false, reason: conflict, score: 0 };
  const sim = Math.max(quoteSim, 0.5 * jaccard(contentTokens(a.title), contentTokens(b.title)));

  const sharedActors = shared(a.actors, b.actors);
  const sharedPlaces = shared(a.places, b.places);
  const contained = a.places.filter((x) => !sharedPlaces.includes(canonical(x)) && b.places.some((y) => placesRelated(x, y)));
  let evidence = 0;
  for (const x of sharedActors) evidence += entityWeight(x);
  for (const x of sharedPlaces) evidence += entityWeight(x);
  evidence += Math.min(contained.length, 2) * 0.5;
  evidence += sim * 6;
  if (a.kind === b.kind) evidence += 1;
  if (a.articleId === b.articleId) evidence += 0.5;
  const span = Math.max(spanDays(a.date), spanDays(b.date));
  const need = span > 62 ? 5 : span > 1 ? 4 : 3;
  const strong = sharedActors.some((x) => entityWeight(x) >= 2) || sharedPlaces.some((x) => entityWeight(x) >= 1.5) || contained.some(isFinePlace);
  const detail = `actors=[${sharedActors.join(",")}] places=[${sharedPlaces.join(",")}] contained=[${contained.join(",")}] words=${sim.toFixed(2)} evidence=${evidence.toFixed(2)} need=${need}`;
  if (!strong && sim < 0.35) return { same: false, reason: `no shared person or precise place and dissimilar wording; ${detail}`, score: 0 };
  if (a.kind === "other" && b.kind === "other" && sim < 0.2) return { same: false, reason: `generic events with dissimilar wording; ${detail}`, score: 0 };
  if (evidence < need) return { same: false, reason: `not enough evidence; ${detail}`, score: 0 };
  return { same: true, reason: `same incident; ${detail}`, score: Math.round(evidence * 1000) / 1000 };
}

/** Public pairwise decision (for tests and diagnostics). */
export function sameIncident(a: MentionRecord, b: MentionRecord): { same: boolean; reason: string } {
  const d = decide(a, b);
  return { same: d.same, reason: d.reason };
}
