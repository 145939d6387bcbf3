/**
 * `?actor=<name>` as the Worker answers it: an incident matches when one of its actors has the
 * query's alias key among its index terms (src/merge/aliases.ts: key, last name, initials) — the
 * same function the store's actor index is written with.
 */
import { actorMatches } from "../../src/merge/aliases";
import type { PlannedIncident } from "../../src/merge/types";

export function incidentsForActor(incidents: PlannedIncident[], name: string): PlannedIncident[] {
  return incidents.filter((i) => i.actors.some((a) => actorMatches(a, name)));
}
