/**
 * Places: countries (names in many languages), cities (GeoNames, with alternate names), first-level
 * regions and demonyms, from generated data (scripts/build-places.ts). Pure TypeScript: runs in
 * workerd and Node. Tables are built once, on first use.
 */
export type { Place, PlaceType } from "./types";
export { lookupPlace, lookupPlaces, lookupPlacesBySpelling, longestPlaceAt } from "./lookup";
export { lookupDemonym, demonymLanguages } from "./demonyms";
export { placeName, countryOf, countryByCode } from "./names";
export { nameKey } from "./normalize";
