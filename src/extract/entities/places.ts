/**
 * Place lookups used by the entity resolver: a whole name ("Corée du Nord", "New York", "Хасан") or a
 * demonym ("nord-coréen") → the place (src/places: countries in many languages, GeoNames cities and
 * regions, the few hand-written places of src/places/supplement.ts), its type and what contains it.
 * A name the data does not list as written is tried in its base form (Russian "Владивостоке" →
 * "Владивосток", the pack's caseForms) and in another spelling (Spanish "Jasán" → Khasan, the pack's
 * spellings; "Khassan" → Khasan for every language).
 */
import { countryOf, lookupDemonym, lookupPlaces, lookupPlacesBySpelling, type Place } from "../../places";
import { getLocale } from "../../languages";

export type PlaceKind = "country" | "city" | "region" | "place";

export interface PlaceHit {
  canonical: string;
  type: PlaceKind;
  /** Canonical name of the containing place (a city's region or country), when known. */
  within?: string;
  /** ISO 3166-1 alpha-2 of the place's country, when known. */
  country?: string;
  /** For a capital city, its country: the government it stands for as a speaker ("assure Washington"). */
  capitalOf?: string;
}

const fromPlace = (p: Place): PlaceHit => ({
  canonical: p.canonical,
  type: p.type,
  within: p.within ?? (p.type === "country" ? undefined : countryOf(p)?.canonical),
  country: p.country,
  capitalOf: p.capital ? countryOf(p)?.canonical : undefined,
});

const cache = new Map<string, PlaceHit[]>();

function lookup(surface: string, lang?: string): Place[] {
  const exact = lookupPlaces(surface, lang);
  if (exact.length || !lang) return exact.length ? exact : lookupPlacesBySpelling(surface);
  const cues = getLocale(lang).entities;
  for (const f of cues.caseForms?.(surface) ?? []) {
    const hit = lookupPlaces(f.form, lang);
    if (hit.length) return hit;
  }
  return lookupPlacesBySpelling(surface, lang, cues.spellings);
}

/** Every place a name may stand for, most likely first (the article's context picks among them). */
export function placeCandidates(surface: string, lang?: string): PlaceHit[] {
  const key = `${lang ?? ""}\u0000${surface}`;
  let hits = cache.get(key);
  if (!hits) {
    hits = lookup(surface, lang).map(fromPlace);
    if (cache.size > 20_000) cache.clear();
    cache.set(key, hits);
  }
  return hits;
}

export function placeOf(surface: string, lang?: string): PlaceHit | undefined {
  return placeCandidates(surface, lang)[0];
}

const demonyms = new Map<string, PlaceHit | null>();

/** The place a demonym stands for (remembered per language and word: it is asked for every word of an article). */
export function demonymOf(word: string, lang?: string): PlaceHit | undefined {
  const key = `${lang ?? ""}\u0000${word}`;
  let hit = demonyms.get(key);
  if (hit === undefined) {
    const p = lang ? lookupDemonym(word, lang) : undefined;
    hit = p ? fromPlace(p) : null;
    if (demonyms.size > 20_000) demonyms.clear();
    demonyms.set(key, hit);
  }
  return hit ?? undefined;
}
