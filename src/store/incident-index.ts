/**
 * Write side of the read indexes (migrations/0005): an incident's terms (incident_terms) and its
 * full-text row (incident_fts), rewritten with the incident in the same batch.
 */
import { actorTerms } from "../merge/aliases";
import { canonical } from "../merge/places";

export interface IndexedIncident {
  id: string;
  kind: string;
  actors: string[];
  places: string[];
  languages: string[];
  dateStart: string;
  updatedAt: string;
  searchText: string;
}

/**
 * The filter terms of an incident: 'a:<term>' for each of an actor's terms (merge/aliases actorTerms: its
 * key, its last name, its initials), 'p:<place>', 'l:<lang>', 'k:<kind>' (case-folded); a place also
 * under its canonical name, so that a query made canonical finds a place stored as written.
 */
export function incidentTerms(i: Pick<IndexedIncident, "kind" | "actors" | "places" | "languages">): string[] {
  return [
    ...new Set([
      ...i.actors.flatMap((a) => actorTerms(a).map((t) => `a:${t}`)),
      ...i.places.flatMap((p) => [`p:${p.toLowerCase()}`, `p:${canonical(p).toLowerCase()}`]),
      ...i.languages.map((l) => `l:${l.toLowerCase()}`),
      `k:${i.kind}`,
    ]),
  ];
}

/** Drops the index rows of incidents (before they are deleted or rewritten): two statements, whatever their number. */
export function dropIncidentIndex(db: D1Database, ids: string[]): D1PreparedStatement[] {
  const list = JSON.stringify(ids);
  // FTS5 takes `rowid IN (…)` as one rowid seek per value (the query plan's `INDEX 0:=`), not a scan.
  return [
    db.prepare("DELETE FROM incident_terms WHERE incident_id IN (SELECT value FROM json_each(?1))").bind(list),
    db.prepare("DELETE FROM incident_fts WHERE rowid IN (SELECT i.rowid FROM json_each(?1) j JOIN incidents i ON i.id = j.value)").bind(list),
  ];
}

/** Writes the index rows of incidents already upserted earlier in the same batch (two statements). */
export function writeIncidentIndex(db: D1Database, incidents: IndexedIncident[]): D1PreparedStatement[] {
  if (incidents.length === 0) return [];
  const terms = incidents.flatMap((i) => incidentTerms(i).map((t) => ({ t, i: i.id, u: i.updatedAt, d: i.dateStart })));
  return [
    db
      .prepare(
        `INSERT OR REPLACE INTO incident_terms (term, incident_id, updated_at, date_start)
         SELECT v ->> '$.t', v ->> '$.i', v ->> '$.u', v ->> '$.d' FROM (SELECT value AS v FROM json_each(?1))`,
      )
      .bind(JSON.stringify(terms)),
    db
      .prepare("INSERT INTO incident_fts (rowid, text) SELECT i.rowid, j.value ->> '$.t' FROM json_each(?1) j JOIN incidents i ON i.id = j.value ->> '$.i'")
      .bind(JSON.stringify(incidents.map((i) => ({ i: i.id, t: i.searchText })))),
  ];
}
