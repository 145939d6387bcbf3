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
import { dateRelation, jaccard } from "./similarity";
import { features, related } from "./features";
import { keysMeet, nameKeys } from "./aliases";

/** Wording similarity two statements need to be the same statement (content-word Jaccard of their quotes). */
export const STATEMENT_SIMILARITY = 0.2;

export interface PairDecision {
  same: boolean;
  reason: string;
  score: number;
}

function kindsCompatible(a: MentionRecord, b: MentionRecord): boolean {
  if (a.kind === b.kind) return true;
  // A visit or trip and a meeting can be the same incident; movements (departure, arrival) cannot.
  const travel = a.kind === "travel" ? a : b.kind === "travel" ? b : null;
  const meeting = a.kind === "meeting" || b.kind === "meeting";
  if (!travel || !meeting) return false;
  const movement = features(travel).movement;
  if (movement === null) return true;
  // Met on arrival: an arrival and a meeting of its principal, the same day, at the place of arrival.
  const other = travel === a ? b : a;
  const fa = features(a);
  const fb = features(b);
  const sameDay = a.date.start === a.date.end && a.date.start === b.date.start && b.date.start === b.date.end;
  const samePrincipal = keysMeet(fa.principal, fb.principal);
  return movement === "arrival" && sameDay && samePrincipal && travel.places.some((p) => other.places.includes(p));
}

function quoteSimilarity(a: MentionRecord, b: MentionRecord): number {
  return jaccard(features(a).quoteTokens, features(b).quoteTokens);
}

/** Predicates that name no event class of their own (a statement reports another event; generic verbs say nothing). */
const UNSPECIFIC = new Set(["generic", "other", "statement", "occurrence"]);

/**
 * One sentence of one article told two events with two different specific predicates ("songs were
 * downloaded since its launch in 2003 and, as of February, its sales…"): the extractor kept them
 * apart, the merge does not join them back because the quote is the same.
 */
function sameSentenceDistinctEvents(a: MentionRecord, b: MentionRecord): boolean {
  if (a.articleId !== b.articleId || a.quote !== b.quote || a.trigger === b.trigger) return false;
  const pa = a.predicate ?? "";
  const pb = b.predicate ?? "";
  return !!pa && !!pb && pa !== pb && !UNSPECIFIC.has(pa) && !UNSPECIFIC.has(pb) && a.kind !== "statement" && b.kind !== "statement";
}

/**
 * Hard constraints (dates, kinds, movements, precise places). Checked for every pair of a cluster,
 * so a chain of links can never put incompatible mentions together.
 */
export function hardConflict(a: MentionRecord, b: MentionRecord, quoteSim?: number): string | null {
  const fa = features(a);
  const fb = features(b);
  const [as, ae] = fa.span;
  const [bs, be] = fb.span;
  if (!((as <= bs && be <= ae) || (bs <= as && ae <= be))) return `dates ${dateRelation(a.date, b.date)} (${a.date.value} vs ${b.date.value})`;
  if (!kindsCompatible(a, b)) return `kinds differ (${a.kind}/${a.trigger} vs ${b.kind}/${b.trigger})`;
  if (sameSentenceDistinctEvents(a, b)) return `two events of one sentence (${a.trigger} vs ${b.trigger})`;
  if (a.kind === "travel" && b.kind === "travel" && fa.movement && fb.movement && fa.movement !== fb.movement)
    return `different movements (${fa.movement} vs ${fb.movement})`;
  if (fa.finePlaces.length && fb.finePlaces.length && !fa.finePlaces.some((x) => fb.finePlaces.some((y) => related(fa, x, fb, y)))) {
    if ((quoteSim ?? quoteSimilarity(a, b)) < 0.5) return `places conflict ([${fa.finePlaces.join(",")}] vs [${fb.finePlaces.join(",")}])`;
  }
  return null;
}


/** The same principal participant (alias-aware), or one's principal among the other's actors. */
function principalRelation(fa: ReturnType<typeof features>, fb: ReturnType<typeof features>): "same" | "different" | "unknown" {
  if (keysMeet(fa.principal, fb.principal) || keysMeet(fa.principal, fb.actorKeys) || keysMeet(fb.principal, fa.actorKeys)) return "same";
  return fa.principal.size && fb.principal.size ? "different" : "unknown";
}

/** Actors of `a` that `b` also names (alias-aware). */
function sharedActorNames(a: MentionRecord, fb: ReturnType<typeof features>): string[] {
  return a.actors.filter((x) => keysMeet(nameKeys(x), fb.actorKeys)).sort();
}

export function decide(a: MentionRecord, b: MentionRecord, explain = true): PairDecision {
  if (a.id === b.id) return { same: true, reason: "same mention", score: 100 };
  // Quotes carry the wording; generated titles share their template, so they count for half.
  const quoteSim = quoteSimilarity(a, b);
  const conflict = hardConflict(a, b, quoteSim);
  if (conflict) return { same: false, reason: conflict, score: 0 };
  const fa = features(a);
  const fb = features(b);
  const sim = Math.max(quoteSim, 0.5 * jaccard(fa.titleTokens, fb.titleTokens));
  const principal = principalRelation(fa, fb);
  const sharedActors = sharedActorNames(a, fb);
  const sharedPlaces = [...fa.places].filter((x) => fb.places.has(x)).sort();
  const contained = [...fa.places].filter((x) => !fb.places.has(x) && [...fb.places].some((y) => related(fa, x, fb, y))).sort();
  const samePredicate = !!a.predicate && a.predicate === b.predicate && a.kind !== "other";
  const weight = (x: string) => fa.weights.get(x) ?? fb.weights.get(x) ?? 1;
  let evidence = principal === "same" ? 3 : 0;
  evidence += Math.min(sharedActors.length, 2) * 1.5;
  for (const x of sharedPlaces) evidence += weight(x);
  evidence += Math.min(contained.length, 2) * 0.5;
  evidence += sim * 6;
  if (a.kind === b.kind) evidence += 1;
  if (samePredicate) evidence += 1.5;
  if (a.articleId === b.articleId) evidence += 0.5;
  const span = Math.max(fa.span[1] - fa.span[0], fb.span[1] - fb.span[0]) + 1;
  const need = span > 62 ? 5 : span > 1 ? 4 : 3;
  const finePlace = sharedPlaces.some((x) => weight(x) >= 1.5) || contained.some((x) => fa.finePlaces.includes(x));
  const strong = principal === "same" || sharedActors.length > 0 || (finePlace && (samePredicate || a.kind === b.kind));
  const detail = explain
    ? `principal=${principal} actors=[${sharedActors.join(",")}] places=[${sharedPlaces.join(",")}] contained=[${contained.join(",")}] predicate=${samePredicate} words=${sim.toFixed(2)} evidence=${evidence.toFixed(2)} need=${need}`
    : "";
  if (!strong && sim < 0.35) return { same: false, reason: `no shared participant or place with the same predicate, and dissimilar wording; ${detail}`, score: 0 };
  if (principal === "different" && sharedActors.length === 0 && sim < 0.85) return { same: false, reason: `different participants; ${detail}`, score: 0 };
  if (a.kind === "other" && b.kind === "other" && sim < 0.2 && principal !== "same") return { same: false, reason: `generic events with dissimilar wording; ${detail}`, score: 0 };
  // A speaker says many things in a day (a press conference, a keynote): two statements are one only when they say the same.
  if (a.kind === "statement" && b.kind === "statement" && sim < STATEMENT_SIMILARITY) return { same: false, reason: `statements saying different things; ${detail}`, score: 0 };
  if (evidence < need) return { same: false, reason: `not enough evidence; ${detail}`, score: 0 };
  return { same: true, reason: `same incident; ${detail}`, score: Math.round(evidence * 1000) / 1000 };
}

/** Public pairwise decision (for tests and diagnostics). */
export function sameIncident(a: MentionRecord, b: MentionRecord): { same: boolean; reason: string } {
  const d = decide(a, b);
  return { same: d.same, reason: d.reason };
}
