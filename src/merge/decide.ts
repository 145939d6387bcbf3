/**
 * Pairwise decision: are two mentions the same real-world incident?
 * Rules (all needed): compatible dates (equal, or one inside the other), compatible kinds, and
 * enough shared evidence: overlapping actors/places (alias-aware) and/or similar wording. Coarse
 * dates (month, year, range) need more evidence than exact days. Returns a score used to order
 * links (higher = more certain) so that clustering is deterministic.
 */
import type { MentionRecord } from "./types";
import { contentTokens, dateRelation, datesCompatible, entityOverlap, jaccard, kindsCompatible, spanDays } from "./similarity";

export interface PairDecision {
  same: boolean;
  reason: string;
  score: number;
}

const SENSE_CLASH: [RegExp, RegExp][] = [
  // A departure and an arrival on the same day are two incidents.
  [/(?:quitt|parti|départ|left|leav|depart)/iu, /(?:arriv|atterri|landed|reach)/iu],
];

function triggerClash(a: string, b: string): boolean {
  for (const [x, y] of SENSE_CLASH) if ((x.test(a) && y.test(b)) || (y.test(a) && x.test(b))) return true;
  return false;
}

export function decide(a: MentionRecord, b: MentionRecord): PairDecision {
  if (a.id === b.id) return { same: true, reason: "same mention", score: 100 };
  if (!datesCompatible(a.date, b.date)) return { same: false, reason: `dates ${dateRelation(a.date, b.date)} (${a.date.value} vs ${b.date.value})`, score: 0 };
  if (!kindsCompatible(a.kind, b.kind)) return { same: false, reason: `kinds differ (${a.kind} vs ${b.kind})`, score: 0 };
  if (triggerClash(a.trigger, b.trigger)) return { same: false, reason: `opposite triggers (${a.trigger} vs ${b.trigger})`, score: 0 };
  const actors = entityOverlap(a.actors, b.actors);
  const places = entityOverlap(a.places, b.places);
  const words = jaccard(contentTokens(`${a.quote}`), contentTokens(`${b.quote}`));
  const titleWords = jaccard(contentTokens(a.title), contentTokens(b.title));
  const sim = Math.max(words, titleWords);
  const coarse = Math.max(spanDays(a.date), spanDays(b.date)) > 1;
  const veryCoarse = Math.max(spanDays(a.date), spanDays(b.date)) > 62;
  const sameKind = a.kind === b.kind;
  let evidence = actors.shared.length * 2 + places.shared.length * 1.5 + (actors.containment.length + places.containment.length) * 0.5 + sim * 6;
  if (sameKind) evidence += 1;
  if (a.articleId === b.articleId) evidence += 0.5;
  const need = veryCoarse ? 5 : coarse ? 4 : 3;
  const detail = `actors=[${actors.shared.join(",")}] places=[${places.shared.join(",")}] contained=[${[...actors.containment, ...places.containment].join(",")}] words=${sim.toFixed(2)} evidence=${evidence.toFixed(2)} need=${need}`;
  // Without any shared entity, wording alone must be strong.
  const anyEntity = actors.shared.length + places.shared.length + actors.containment.length + places.containment.length > 0;
  if (!anyEntity && sim < 0.35) return { same: false, reason: `no shared actor/place and dissimilar wording; ${detail}`, score: 0 };
  if (evidence < need) return { same: false, reason: `not enough evidence; ${detail}`, score: 0 };
  return { same: true, reason: `same incident; ${detail}`, score: Math.round(evidence * 1000) / 1000 };
}

/** Public pairwise decision (for tests and diagnostics). */
export function sameIncident(a: MentionRecord, b: MentionRecord): { same: boolean; reason: string } {
  const d = decide(a, b);
  return { same: d.same, reason: d.reason };
}
