/**
 * Write side of the read indexes (migrations/0005): an incident's terms (incident_terms) and its
 * full-text row (incident_fts), written with the incident in the same batch, only where they change.
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

/** A stored incident's fields its index rows were made from (as read by store/merge-incidents.ts). */
export interface StoredIndex {
  id: string;
  /** The incident's rowid (the rowid of its full-text row). */
  row: number;
  updated_at: string;
  date_start: string;
  kind: string;
  actors: string;
  places: string;
  languages: string;
  search_text: string;
}

const storedTerms = (s: StoredIndex) =>
  incidentTerms({ kind: s.kind, actors: JSON.parse(s.actors) as string[], places: JSON.parse(s.places) as string[], languages: JSON.parse(s.languages) as string[] });

/**
 * The index writes of one merge batch, only for what changed: `before` runs before the incidents are
 * deleted or upserted (the full-text rows of vanished incidents, found by their stored rowids), `after`
 * once they are (their term rows: stale ones deleted, the others written with the new order keys; their
 * full-text rows replaced where the text changed). At most four statements, whatever the number of
 * incidents; none for an incident left as stored.
 */
export function indexStatements(
  db: D1Database,
  rewritten: IndexedIncident[],
  vanished: string[],
  states: Map<string, StoredIndex>,
): { before: D1PreparedStatement[]; after: D1PreparedStatement[] } {
  const before: D1PreparedStatement[] = [];
  const after: D1PreparedStatement[] = [];
  const goneRows = vanished.flatMap((id) => (states.has(id) ? [states.get(id)!.row] : []));
  if (goneRows.length > 0) before.push(db.prepare("DELETE FROM incident_fts WHERE rowid IN (SELECT value FROM json_each(?1))").bind(JSON.stringify(goneRows)));
  const terms = rewritten.flatMap((i) => incidentTerms(i).map((t) => ({ t, i: i.id, u: i.updatedAt, d: i.dateStart })));
  // Term rows of a stored incident that its new fields no longer give (or of a vanished incident).
  const fresh = new Set(terms.map((x) => `${x.i}\u0000${x.t}`));
  const staleIn = [...vanished, ...rewritten.map((i) => i.id).filter((id) => states.has(id) && storedTerms(states.get(id)!).some((t) => !fresh.has(`${id}\u0000${t}`)))];
  if (staleIn.length > 0) {
    after.push(
      db
        .prepare(
          `DELETE FROM incident_terms WHERE incident_id IN (SELECT value FROM json_each(?1))
             AND (term, incident_id) NOT IN (SELECT value ->> '$.t', value ->> '$.i' FROM json_each(?2))`,
        )
        .bind(JSON.stringify(staleIn), JSON.stringify(terms.map(({ t, i }) => ({ t, i })))),
    );
  }
  if (terms.length > 0) {
    after.push(
      db
        .prepare(
          `INSERT OR REPLACE INTO incident_terms (term, incident_id, updated_at, date_start)
           SELECT v ->> '$.t', v ->> '$.i', v ->> '$.u', v ->> '$.d' FROM (SELECT value AS v FROM json_each(?1))`,
        )
        .bind(JSON.stringify(terms)),
    );
  }
  const texts = rewritten.filter((i) => states.get(i.id)?.search_text !== i.searchText).map((i) => ({ i: i.id, t: i.searchText }));
  if (texts.length > 0) {
    after.push(
      db
        .prepare("INSERT OR REPLACE INTO incident_fts (rowid, text) SELECT i.rowid, j.value ->> '$.t' FROM json_each(?1) j JOIN incidents i ON i.id = j.value ->> '$.i'")
        .bind(JSON.stringify(texts)),
    );
  }
  return { before, after };
}
