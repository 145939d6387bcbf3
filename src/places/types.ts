/** A place the gazetteer knows: a country, a city or a first-level region. */
export type PlaceType = "country" | "city" | "region";

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
}
