/** Per-mention features used by pairwise decisions, computed once per mention (WeakMap cache). */
import type { MentionRecord } from "./types";
import { contentTokens, isoSpan } from "./similarity";
import { canonical, entityWeight, isFinePlace, placeChain } from "./places";
import { nameKeys } from "./aliases";

export interface MentionFeatures {
  quoteTokens: Set<string>;
  titleTokens: Set<string>;
  actors: Set<string>;
  places: Set<string>;
  finePlaces: string[];
  /** Every place and the places containing it. */
  placeChains: Map<string, string[]>;
  movement: string | null;
  span: [number, number];
  weights: Map<string, number>;
  /** Alias keys of the principal participant (aliases.ts nameKeys; empty when unknown). */
  principal: Set<string>;
  /** Alias keys of every actor. */
  actorKeys: Set<string>;
}

/** Movements are predicate classes: a departure never matches an arrival or a return. */
const MOVEMENTS = new Set(["departure", "arrival", "return"]);

export function movementOf(m: Pick<MentionRecord, "predicate">): string | null {
  return m.predicate && MOVEMENTS.has(m.predicate) ? m.predicate : null;
}

/**
 * The days a mention's date can be. A past event dated by nothing but its article's publication
 * day (empty date text, the day of publishedAt: "Jobs resigned in a letter…" in a report of the
 * next morning) happened that day or the day before: wire copy is dated in another time zone or
 * the morning after. Dates written in the sentence keep their span.
 */
function spanOf(m: MentionRecord): [number, number] {
  const span = isoSpan(m.date);
  const published = m.publishedAt?.slice(0, 10);
  const fromPublication = m.date.text === "" && m.date.start === m.date.end && m.date.start === published && m.status !== "planned";
  return fromPublication ? [span[0] - 1, span[1]] : span;
}

const cache = new WeakMap<MentionRecord, MentionFeatures>();

export function features(m: MentionRecord): MentionFeatures {
  let f = cache.get(m);
  if (f) return f;
  const actors = new Set(m.actors.map(canonical));
  const places = new Set(m.places.map(canonical));
  const placeChains = new Map<string, string[]>();
  for (const p of places) placeChains.set(p, placeChain(p));
  const weights = new Map<string, number>();
  for (const x of [...actors, ...places]) weights.set(x, entityWeight(x));
  f = {
    quoteTokens: contentTokens(m.quote, m.language),
    titleTokens: contentTokens(m.title, m.language),
    actors,
    places,
    finePlaces: [...places].filter(isFinePlace),
    placeChains,
    movement: movementOf(m),
    span: spanOf(m),
    weights,
    principal: new Set(m.principal ? nameKeys(m.principal) : []),
    actorKeys: new Set(m.actors.flatMap(nameKeys)),
  };
  cache.set(m, f);
  return f;
}

/** One place is the other or contains it (using the cached chains). */
export function related(fa: MentionFeatures, a: string, fb: MentionFeatures, b: string): boolean {
  return (fa.placeChains.get(a) ?? [a]).includes(b) || (fb.placeChains.get(b) ?? [b]).includes(a);
}
