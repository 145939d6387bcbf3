/**
 * Place lookups used by the entity resolver: a whole name ("Corée du Nord", "New York") or a demonym
 * ("nord-coréen") → the place (src/places: countries in many languages, GeoNames cities and
 * regions), its type and its country. The small hand gazetteer (src/extract/gazetteer.ts) still
 * names a few sub-national places the data lacks.
 */
import { countryOf, lookupDemonym, lookupPlace, type Place } from "../../places";
import { demonymPlace, placeEntry } from "../gazetteer";

export type PlaceKind = "country" | "city" | "region" | "place";

export interface PlaceHit {
  canonical: string;
  type: PlaceKind;
  /** Canonical name of the containing place (a city's country), when known. */
  within?: string;
}

const fromPlace = (p: Place): PlaceHit => ({ canonical: p.canonical, type: p.type, within: p.type === "country" ? undefined : countryOf(p)?.canonical });

/** A lookup remembered per (language, words): the same names and words recur through an article. */
function memo(f: (s: string, lang?: string) => PlaceHit | undefined, max = 50_000) {
  let cache = new Map<string, PlaceHit | null>();
  return (s: string, lang?: string): PlaceHit | undefined => {
    const key = `${lang ?? ""}\u0000${s}`;
    let v = cache.get(key);
    if (v === undefined) {
      if (cache.size >= max) cache = new Map();
      v = f(s, lang) ?? null;
      cache.set(key, v);
    }
    return v ?? undefined;
  };
}

export const placeOf = memo(placeOnce);
export const demonymOf = memo(demonymOnce);

function placeOnce(surface: string, lang?: string): PlaceHit | undefined {
  const e = placeEntry(surface);
  if (e) return { canonical: e.canonical, type: e.type as PlaceKind, within: e.within };
  const p = lookupPlace(surface, lang);
  return p ? fromPlace(p) : undefined;
}

function demonymOnce(word: string, lang?: string): PlaceHit | undefined {
  const e = demonymPlace(word);
  if (e) return { canonical: e.canonical, type: e.type as PlaceKind, within: e.within };
  const p = lang ? lookupDemonym(word, lang) : undefined;
  return p ? fromPlace(p) : undefined;
}
