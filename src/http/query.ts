/** The validated incident query as the store reads it: names made canonical, aliases searched too. */
import { canonicalName } from "../extract/gazetteer";
import type { IncidentFilter, IncidentQuery } from "../model/query";

export function canonicalQuery(q: IncidentQuery): IncidentFilter {
  const out: IncidentFilter = { ...q };
  // Actors and places are stored under canonical names: any known alias or spelling finds them.
  if (out.actor) out.actor = canonicalName(out.actor) ?? out.actor;
  if (out.place) out.place = canonicalName(out.place) ?? out.place;
  // Free text that is a known alias ("Khassan") also finds the canonical name the incidents carry ("Khasan").
  const canonical = out.q ? canonicalName(out.q) : null;
  if (canonical && canonical.toLowerCase() !== out.q!.toLowerCase()) out.qAlso = [canonical];
  return out;
}
