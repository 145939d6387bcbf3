/**
 * Place lookups used by the entity resolver: a whole name ("Corée du Nord") or a demonym
 * ("nord-coréen") → the place, its type and the place containing it.
 */
import { demonymPlace, placeEntry } from "../gazetteer";

export type PlaceKind = "country" | "city" | "region" | "place";

export interface PlaceHit {
  canonical: string;
  type: PlaceKind;
  /** Canonical name of the containing place (a city's country), when known. */
  within?: string;
}

export function placeOf(surface: string): PlaceHit | undefined {
  const e = placeEntry(surface);
  return e ? { canonical: e.canonical, type: e.type as PlaceKind, within: e.within } : undefined;
}

export function demonymOf(word: string): PlaceHit | undefined {
  const e = demonymPlace(word);
  return e ? { canonical: e.canonical, type: e.type as PlaceKind, within: e.within } : undefined;
}
