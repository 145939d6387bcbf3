/** The validated incident query, with actor and place names made canonical (any known alias finds them). */
import { canonicalName } from "../extract/gazetteer";
import type { IncidentQuery } from "../model/query";

export function canonicalQuery(q: IncidentQuery): IncidentQuery {
  const out = { ...q };
  // Actors and places are stored under canonical names: any known alias or spelling finds them.
  if (out.actor) out.actor = canonicalName(out.actor) ?? out.actor;
  if (out.place) out.place = canonicalName(out.place) ?? out.place;
  return out;
}
