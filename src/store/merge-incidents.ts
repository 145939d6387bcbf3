/**
 * The incident side of a merge batch (store/merge.ts), written in proportion to what the article
 * changes: only incidents whose members or fields changed are rewritten, only their index rows that
 * changed are touched (store/incident-index.ts), and every kind of write is one statement whatever the
 * number of rows (rows bound as one JSON array, read through json_each).
 */
import type { MentionRecord, PlannedIncident } from "../merge/types";
import { spanClass } from "./dates";
import { sha256Hex, stableJson } from "./hash";
import type { IndexedIncident, StoredIndex } from "./incident-index";

/** What the batch needs to know of a stored incident before rewriting it. */
export interface IncidentState extends StoredIndex {
  member_hash: string;
  first_seen_at: string;
}

export type MemberInfo = { record: MentionRecord; contentHash: string; firstStoredAt: string; sentenceIndex: number; isFresh: boolean };

/** A changed incident's row values, its stored members to point at it, its index rows. */
export interface IncidentUpsert {
  values: unknown[];
  pointers: { m: string; i: string }[];
  indexed: IndexedIncident;
}

export const INCIDENT_COLUMNS = [
  "id", "title", "kind", "date_value", "date_start", "date_end", "date_granularity", "date_text", "actors", "places",
  "actors_key", "places_key", "languages", "search_text", "member_hash", "source_count", "first_seen_at", "updated_at", "span_class",
] as const;

/**
 * The stored states of `ids` and which of `planned` are aliases (a renamed incident whose id is planned
 * again), in one read.
 */
export async function readIncidentStates(db: D1Database, ids: string[], planned: string[]): Promise<{ states: Map<string, IncidentState>; aliased: Set<string> }> {
  const states = new Map<string, IncidentState>();
  const aliased = new Set<string>();
  if (ids.length === 0 && planned.length === 0) return { states, aliased };
  const r = await db
    .prepare(
      `SELECT 0 AS alias, id, rowid AS row, member_hash, first_seen_at, updated_at, date_start, kind, actors, places, languages, search_text
         FROM incidents WHERE id IN (SELECT value FROM json_each(?1))
       UNION ALL SELECT 1, old_id, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
         FROM incident_aliases WHERE old_id IN (SELECT value FROM json_each(?2))`,
    )
    .bind(JSON.stringify(ids), JSON.stringify(planned))
    .all<IncidentState & { alias: number }>();
  for (const { alias, ...s } of r.results) {
    if (alias) aliased.add(s.id);
    else states.set(s.id, s);
  }
  return { states, aliased };
}

export async function incidentMemberHash(inc: PlannedIncident, members: { id: string; contentHash: string }[]) {
  const sorted = [...members].sort((a, b) => a.id.localeCompare(b.id)).map((m) => `${m.id}:${m.contentHash}`);
  const { mentionIds: _m, ...fields } = inc;
  return (await sha256Hex(stableJson({ members: sorted, fields }))).slice(0, 32);
}

const primaryLang = (l: string) => l.toLowerCase().split("-")[0];
const uniq = <T>(xs: T[]) => [...new Set(xs)];

/** An incident row's values, in INCIDENT_COLUMNS order. */
function incidentValues(inc: PlannedIncident, members: MemberInfo[], indexed: IndexedIncident, memberHash: string): unknown[] {
  return [
    inc.id, inc.title, inc.kind, inc.date.value, inc.date.start, inc.date.end, inc.date.granularity, inc.date.text,
    JSON.stringify(inc.actors), JSON.stringify(inc.places),
    JSON.stringify(inc.actors.map((a) => a.toLowerCase())), JSON.stringify(inc.places.map((p) => p.toLowerCase())),
    JSON.stringify(indexed.languages), indexed.searchText, memberHash, new Set(members.map((m) => m.record.articleId)).size,
    members.map((m) => m.firstStoredAt).sort()[0], indexed.updatedAt, spanClass(inc.date.start, inc.date.end),
  ];
}

/**
 * The planned incidents whose members or content changed (an incident stored exactly so already, same
 * id and member hash, is left alone: its members point to it, its index rows hold), with their row
 * values, the stored members to point at them, and their index rows.
 */
export async function incidentUpserts(
  planned: PlannedIncident[],
  all: Map<string, MemberInfo>,
  states: Map<string, IncidentState>,
  now: string,
): Promise<IncidentUpsert[]> {
  const out: IncidentUpsert[] = [];
  for (const inc of planned) {
    const members = inc.mentionIds.map((id) => all.get(id)).filter((m): m is MemberInfo => !!m);
    if (members.length === 0) continue;
    const memberHash = await incidentMemberHash(inc, members.map((m) => ({ id: m.record.id, contentHash: m.contentHash })));
    if (states.get(inc.id)?.member_hash === memberHash) continue;
    const searchText = [inc.title, ...members.map((m) => m.record.quote), ...inc.actors, ...inc.places, inc.date.text]
      .join(" \u0001 ")
      .toLowerCase();
    const languages = uniq(members.map((m) => primaryLang(m.record.language))).sort();
    const indexed: IndexedIncident = {
      id: inc.id, kind: inc.kind, actors: inc.actors, places: inc.places, languages, dateStart: inc.date.start, updatedAt: now, searchText,
    };
    const pointers = members.filter((m) => !m.isFresh).map((m) => ({ m: m.record.id, i: inc.id }));
    out.push({ values: incidentValues(inc, members, indexed, memberHash), pointers, indexed });
  }
  return out;
}

/** Rows given as one JSON array of value arrays, upserted by `id` in one statement (whatever their number). */
export function upsertRowsStatement(db: D1Database, table: string, columns: readonly string[], rows: unknown[][], updates: string): D1PreparedStatement {
  const values = columns.map((_, i) => `value ->> ${i}`).join(", ");
  return db
    .prepare(`INSERT INTO ${table} (${columns.join(", ")}) SELECT ${values} FROM json_each(?1) WHERE true ON CONFLICT (id) DO UPDATE SET ${updates}`)
    .bind(JSON.stringify(rows));
}

export function incidentUpsertStatement(db: D1Database, rows: unknown[][]): D1PreparedStatement {
  const updates = INCIDENT_COLUMNS.filter((c) => c !== "id").map((c) => `${c} = excluded.${c}`).join(", ");
  return upsertRowsStatement(db, "incidents", INCIDENT_COLUMNS, rows, updates);
}

/** Points stored mentions at their planned incidents, in one statement. */
export function pointerStatement(db: D1Database, pointers: { m: string; i: string }[]): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE mentions SET incident_id = p.i FROM (SELECT value ->> '$.m' AS m, value ->> '$.i' AS i FROM json_each(?1)) p
       WHERE mentions.id = p.m AND mentions.incident_id IS NOT p.i`,
    )
    .bind(JSON.stringify(pointers));
}

/**
 * Renamed incidents: each vanished id becomes an alias of the planned incident that took most of its
 * members (ties: smallest id), and aliases that pointed to it follow; two statements for all of them.
 */
export function aliasStatements(
  db: D1Database,
  vanished: string[],
  storedMembers: { record: MentionRecord; incidentId: string | null }[],
  incidentOf: Map<string, string>,
  now: string,
): D1PreparedStatement[] {
  const pairs: { o: string; n: string }[] = [];
  for (const gone of vanished) {
    const votes = new Map<string, number>();
    for (const m of storedMembers) {
      if (m.incidentId !== gone) continue;
      const to = incidentOf.get(m.record.id);
      if (to) votes.set(to, (votes.get(to) ?? 0) + 1);
    }
    const target = [...votes.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
    if (target) pairs.push({ o: gone, n: target });
  }
  if (pairs.length === 0) return [];
  const list = JSON.stringify(pairs);
  return [
    db
      .prepare(
        `INSERT INTO incident_aliases (old_id, new_id, created_at) SELECT value ->> '$.o', value ->> '$.n', ?2 FROM json_each(?1) WHERE true
         ON CONFLICT (old_id) DO UPDATE SET new_id = excluded.new_id`,
      )
      .bind(list, now),
    db
      .prepare(
        `UPDATE incident_aliases SET new_id = p.n FROM (SELECT value ->> '$.o' AS o, value ->> '$.n' AS n FROM json_each(?1)) p
         WHERE incident_aliases.new_id = p.o`,
      )
      .bind(list),
  ];
}
