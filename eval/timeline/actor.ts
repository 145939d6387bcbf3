/**
 * `?actor=<name>` as the Worker answers it (src/merge/aliases.ts answerActorQuery, which the store's
 * listing follows: src/store/incidents.ts resolves the query's first term that some incident carries in
 * incident_terms, written with actorTerms): an incident matches when one of its actors carries that term.
 */
import { answerActorQuery } from "../../src/merge/aliases";
import type { PlannedIncident } from "../../src/merge/types";

export function incidentsForActor(incidents: PlannedIncident[], name: string): PlannedIncident[] {
  return answerActorQuery(incidents, name);
}
