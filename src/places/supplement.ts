/**
 * The few places news names that the generated data cannot give, written by hand: settlements under
 * the cities' population floor (Khasan, a border station of a few hundred people; Ramallah), sites
 * that are no populated place (a cosmodrome, an island), areas that are no first-level region (the
 * Russian Far East), a former country (the Soviet Union), and names of data places that no package
 * lists (« Le Caire », « kraï du Primorié »). Each has its English name first and its native name;
 * other languages' spellings are found by the packs' spelling rules (see lookup.ts), not listed.
 */
import type { PlaceType } from "./types";

export interface SupplementPlace {
  id: string;
  type: PlaceType;
  canonical: string;
  /** ISO 3166-1 alpha-2 of the place's country. */
  country?: string;
  /** Canonical name of the place that contains it, when finer than its country. */
  within?: string;
  population?: number;
  names: string[];
}

export const SUPPLEMENT_PLACES: SupplementPlace[] = [
  { id: "city:Khasan", type: "city", canonical: "Khasan", country: "RU", within: "Primorye", population: 700, names: ["Khasan", "Хасан"] },
  { id: "city:Ramallah", type: "city", canonical: "Ramallah", country: "PS", population: 38_000, names: ["Ramallah", "Рамалла"] },
  { id: "place:Vostochny", type: "place", canonical: "Vostochny Cosmodrome", country: "RU", within: "Amur Oblast", names: ["Vostochny Cosmodrome", "Vostochny", "Cosmodrome Vostochny", "космодром Восточный"] },
  { id: "place:Russky", type: "place", canonical: "Russky Island", country: "RU", within: "Vladivostok", names: ["Russky Island", "Russky", "остров Русский"] },
  { id: "region:RU-FE", type: "region", canonical: "Russian Far East", country: "RU", names: ["Russian Far East", "Far East", "Extrême-Orient russe", "Extrême-Orient", "Дальний Восток"] },
  { id: "country:SU", type: "country", canonical: "Soviet Union", names: ["Soviet Union", "USSR", "URSS", "Union soviétique", "Sowjetunion", "UdSSR", "Unión Soviética", "СССР", "Советский Союз"] },
];

/** Other names of places the data has (by their canonical name). */
export const SUPPLEMENT_NAMES: Record<string, string[]> = {
  Cairo: ["Le Caire"],
  Bern: ["Berne"],
  Primorye: ["Primorsky Krai", "kraï du Primorié", "Primorski", "Приморский край", "Приморский", "Приморье"],
  "Amur Oblast": ["Amur", "Amour", "Амурская область"],
};
