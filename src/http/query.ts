/** The validated incident query as the store reads it: place names made canonical, actor names as written (the store makes their terms), aliases searched too. */
import type { IncidentFilter, IncidentQuery } from "../model/query";
import { lookupPlace } from "../places";

/** The canonical name incidents carry for a place name in any spelling or language ("Russie" → "Russia"), if known. */
const canonicalPlace = (name: string) => lookupPlace(name)?.canonical ?? null;

export function canonicalQuery(q: IncidentQuery): IncidentFilter {
  const out: IncidentFilter = { ...q };
  // Places are stored under canonical names: any known spelling finds them.
  if (out.place) out.place = canonicalPlace(out.place) ?? out.place;
  // Actors are indexed by their terms (key, last name, initials, parts of the name): the store makes the
  // query's terms from the name as written ("Poutine", "Putin", "Vladimir Putin" find "Vladimir Putin").
  // Free text that is a known place name ("Khassan") also finds the canonical name the incidents carry ("Khasan").
  const canonical = out.q ? canonicalPlace(out.q) : null;
  if (canonical && canonical.toLowerCase() !== out.q!.toLowerCase()) out.qAlso = [canonical];
  return out;
}
