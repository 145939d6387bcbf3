/**
 * The SQL of one listing page, driven by the index that matches the query best (migrations/0005):
 *  - `q` → the FTS5 table (its matches, then sorted: cost follows the number of matches);
 *  - a bounded date range (from and to — or today — at most MAX_DATE_DRIVEN_DAYS apart) → one range of
 *    incidents_span per span class (cost follows the incidents of the range);
 *  - actor, place, kind or lang → incident_terms in the page's order (one seek, LIMIT rows read);
 *  - nothing → the order index itself (incidents_updated or incidents_date).
 * The other filters are checked per row on indexed lookups (a term's primary key, an FTS rowid set,
 * plain columns): never JSON. Keyset pagination is a row-value seek `(key, id) < (?, ?)`.
 */
import { actorQueryTerm, actorQueryTerms } from "../merge/aliases";
import type { IncidentFilter } from "../model/query";
import { MAX_SPAN_CLASS } from "./dates";
import type { Cursor, IncidentOrder } from "./cursor";

/** The incident columns a listing reads (the write list is INCIDENT_COLUMNS, merge-incidents.ts). */
const LISTED_COLUMNS =
  "i.id, i.title, i.kind, i.date_value, i.date_start, i.date_end, i.date_granularity, i.date_text, i.actors, i.places, i.languages, i.source_count, i.first_seen_at, i.updated_at";

/** Above this width a date range is checked per row on the order index instead of driving the query. */
export const MAX_DATE_DRIVEN_DAYS = 400;

const endOf = (d: string) => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);
const startOf = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
const DAY = 86_400_000;
const dayNumber = (d: string) => Date.parse(`${d.slice(0, 10)}T00:00:00Z`) / DAY;
const addDays = (d: string, n: number) => new Date((dayNumber(d) + n) * DAY).toISOString().slice(0, 10);

/** An FTS5 query for `q` and its alternatives: each a phrase whose last word is a prefix, OR-ed. */
export function ftsQuery(terms: string[]): string | null {
  const phrases = terms
    .map((t) => t.toLowerCase().match(/[\p{L}\p{N}]+/gu)?.join(" "))
    .filter((t): t is string => !!t)
    .map((t) => `"${t}"*`);
  return phrases.length ? [...new Set(phrases)].join(" OR ") : null;
}

/**
 * For an actor query with fallback terms (merge/aliases actorQueryTerms: a name of three words or more),
 * the statement that picks the first of them some incident carries (one primary-key seek per term);
 * null when the query has one term.
 */
export function actorTermSql(actor: string): { sql: string; params: unknown[] } | null {
  const terms = actorQueryTerms(actor);
  if (terms.length < 2) return null;
  return {
    sql: `SELECT j.value AS term FROM json_each(?1) j WHERE EXISTS (SELECT 1 FROM incident_terms t WHERE t.term = 'a:' || j.value) ORDER BY j.key LIMIT 1`,
    params: [JSON.stringify(terms)],
  };
}

/** The filter terms of a query (incident_terms), most selective first. */
function termsOf(q: IncidentFilter, actorTerm?: string): string[] {
  return [
    q.actor ? `a:${actorTerm ?? actorQueryTerm(q.actor)}` : null,
    q.place ? `p:${q.place.toLowerCase()}` : null,
    q.kind ? `k:${q.kind}` : null,
    q.lang ? `l:${q.lang.toLowerCase().split("-")[0]}` : null,
  ].filter((t): t is string => !!t);
}

class Params {
  values: unknown[] = [];
  add(v: unknown): string {
    this.values.push(v);
    return `?${this.values.length}`;
  }
}

type Driver = "fts" | "date" | "term" | "order";

/** The range a `from` without `to` reads: up to the far future (narrow when `from` is recent). */
const OPEN_END = "9999-12-31";
const today = () => new Date().toISOString().slice(0, 10);

function driverOf(q: IncidentFilter, fts: string | null, terms: string[]): Driver {
  if (fts) return "fts";
  const end = q.to ? endOf(q.to) : today();
  if (q.from && dayNumber(end) - dayNumber(startOf(q.from)) <= MAX_DATE_DRIVEN_DAYS) return "date";
  if (terms.length > 0) return "term";
  return "order";
}

/** One OR-term per span class: incidents of class c start at most 2^c - 1 days before `from`. */
function dateRanges(p: Params, from: string, to: string): string {
  const terms: string[] = [];
  for (let c = 0; c <= MAX_SPAN_CLASS; c++) {
    terms.push(`(i.span_class = ${c} AND i.date_start BETWEEN ${p.add(addDays(from, -(2 ** c - 1)))} AND ${p.add(`${to}\uffff`)} AND i.date_end >= ${p.add(from)})`);
  }
  return `(${terms.join(" OR ")})`;
}

/** `actorTerm`: the term the actor filter looks up when already resolved (actorTermSql); else the query's own. */
export function listingSql(q: IncidentFilter, order: IncidentOrder, cursor: Cursor | null, actorTerm?: string): { sql: string; params: unknown[] } {
  const p = new Params();
  const col = order === "date" ? "date_start" : "updated_at";
  const terms = termsOf(q, actorTerm);
  const fts = q.q ? ftsQuery([q.q, ...(q.qAlso ?? [])]) : null;
  const driver = driverOf(q, fts, terms);
  const where: string[] = [];
  let from = "incidents i";
  let key = `i.${col}`;
  let idCol = "i.id";
  let sortKey = key;
  if (driver === "term") {
    from = "incident_terms t JOIN incidents i ON i.id = t.incident_id";
    where.push(`t.term = ${p.add(terms[0])}`);
    [key, idCol, sortKey] = [`t.${col}`, "t.incident_id", `t.${col}`];
  } else if (driver === "fts") {
    from = "incident_fts f JOIN incidents i ON i.rowid = f.rowid";
    where.push(`incident_fts MATCH ${p.add(fts)}`);
    sortKey = `+i.${col}`; // sort the matches; never walk the order index looking for them
  } else if (driver === "date") {
    where.push(dateRanges(p, startOf(q.from!), q.to ? endOf(q.to) : OPEN_END));
    sortKey = `+i.${col}`;
  }
  if (q.from && driver !== "date") where.push(`i.date_end >= ${p.add(startOf(q.from))}`);
  if (q.to && driver !== "date") where.push(`i.date_start <= ${p.add(`${endOf(q.to)}\uffff`)}`);
  for (const t of driver === "term" ? terms.slice(1) : terms) {
    where.push(`EXISTS (SELECT 1 FROM incident_terms x WHERE x.term = ${p.add(t)} AND x.incident_id = i.id)`);
  }
  if (q.q && !fts) where.push(`instr(i.search_text, ${p.add(q.q.toLowerCase())}) > 0`); // q without a word: punctuation
  if (cursor) where.push(`(${key}, ${idCol}) < (${p.add(cursor.k)}, ${p.add(cursor.i)})`);
  const sql = `SELECT ${LISTED_COLUMNS} FROM ${from} ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
    ORDER BY ${sortKey} DESC, ${idCol} DESC LIMIT ${p.add(q.limit + 1)}`;
  return { sql, params: p.values };
}
