/**
 * `?actor=<name>` as the Worker answers it: src/http/query.ts resolves the name with the gazetteer's
 * canonicalName (any alias or spelling → canonical), then src/store/incidents.ts keeps incidents
 * whose lower-cased actors (actors_key) contain the lower-cased name.
 */
import { canonicalName } from "../../src/extract/gazetteer";
import type { PlannedIncident } from "../../src/merge/types";

export function actorQueryKey(name: string): string {
  return (canonicalName(name) ?? name).toLowerCase();
}

export function incidentsForActor(incidents: PlannedIncident[], name: string): PlannedIncident[] {
  const key = actorQueryKey(name);
  return incidents.filter((i) => i.actors.some((a) => a.toLowerCase() === key));
}
