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

export function placeOf(surface: string, lang?: string): PlaceHit | undefined {
  const e = placeEntry(surface);
  if (e) return { canonical: e.canonical, type: e.type as PlaceKind, within: e.within };
  const p = lookupPlace(surface, lang);
  return p ? fromPlace(p) : undefined;
}

export function demonymOf(word: string, lang?: string): PlaceHit | undefined {
  const e = demonymPlace(word);
  if (e) return { canonical: e.canonical, type: e.type as PlaceKind, within: e.within };
  const p = lang ? lookupDemonym(word, lang) : undefined;
  return p ? fromPlace(p) : undefined;
}
