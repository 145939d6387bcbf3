/** Display names and containment. */
import { getTables } from "./tables";
import { baseLang } from "./normalize";
import type { Place } from "./types";

/** The place's name in a language ("Russie" for fr, "Russland" for de); the canonical name when none is known (cities, regions). */
export function placeName(place: Place, lang: string): string {
  if (place.type !== "country" || !place.country) return place.canonical;
  return getTables().countries.get(place.country)?.names[baseLang(lang)]?.[0] ?? place.canonical;
}

/** The country a city or region lies in; a country is its own country. */
export function countryOf(place: Place): Place | undefined {
  return place.country ? getTables().countries.get(place.country)?.place : undefined;
}

/** The country with this ISO 3166-1 alpha-2 code. */
export function countryByCode(code: string): Place | undefined {
  return getTables().countries.get(code.toUpperCase())?.place;
}
