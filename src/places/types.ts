/** A place the gazetteer knows: a country, a city, a first-level region, or a site (supplement.ts: a cosmodrome, an island). */
export type PlaceType = "country" | "city" | "region" | "place";

export interface Place {
  /** Stable id: `country:KP`, `city:<GeoNames id>`, `region:<GeoNames admin1 code>`. */
  id: string;
  type: PlaceType;
  /** English name (GeoNames' own name for cities and regions). */
  canonical: string;
  /** ISO 3166-1 alpha-2 of the place (country) or of its country (city, region). */
  country?: string;
  /** Inhabitants (GeoNames); for a region, the sum over its GeoNames places of 500 or more. */
  population?: number;
  /** A capital city or seat of government ("Washington" for "the United States said"). */
  capital?: boolean;
  /** Canonical name of the place that contains it, when finer than its country (supplement.ts: Khasan → Primorye). */
  within?: string;
}
