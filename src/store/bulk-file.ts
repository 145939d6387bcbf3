/**
 * Bulk loading into a SQLite file (benchmarks: millions of rows in minutes): the same rows as
 * store/bulk.ts, written as CSV tables plus the SQL script that imports them (sqlite3's `.import`)
 * into a database that already has the schema (a local D1 file created by Miniflare or wrangler).
 * Pure string building: the caller writes the files and runs `sqlite3`.
 */
import { bulkIncidentValues, type BulkArticle, type BulkIncident, type BulkMention } from "./bulk";
import { spanClass } from "./dates";
import { incidentTerms } from "./incident-index";
import { keyRows } from "./mentions";
import { INCIDENT_COLUMNS } from "./merge-incidents";

const csvField = (v: unknown) => {
  const s = v === null || v === undefined ? "" : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const csvLine = (fields: unknown[]) => `${fields.map(csvField).join(",")}\n`;

export const BULK_TABLES = {
  articles: ["id", "url", "content_hash", "version", "title", "source", "text_input", "language_input", "published_at_input", "status", "language", "published_at", "published_at_source", "received_at", "status_at", "processed_at", "processed_version"],
  incidents: INCIDENT_COLUMNS,
  mentions: ["id", "article_id", "incident_id", "language", "kind", "status", "title", "quote", "trigger_text", "date_value", "date_start", "date_end", "date_granularity", "date_text", "span_class", "actors", "places", "published_at", "sentence_index", "content_hash", "first_stored_at", "updated_at", "principal", "predicate", "attribution"],
  mention_keys: ["key", "span_class", "date_start", "date_end", "mention_id", "article_id"],
  incident_terms: ["term", "incident_id", "updated_at", "date_start"],
} as const;
export type BulkTable = keyof typeof BULK_TABLES;
/** Rows inserted in primary-key order (sequential B-tree appends). */
const BULK_ORDER: Record<BulkTable, string> = {
  articles: "id", incidents: "id", mentions: "id", mention_keys: "key, span_class, date_start, mention_id", incident_terms: "term, incident_id",
};

/** CSV lines of one chunk, per table (append them to one file per table). */
export function bulkCsv(c: { articles: BulkArticle[]; incidents: BulkIncident[]; mentions: BulkMention[] }): Record<BulkTable, string> {
  const out: Record<BulkTable, string> = { articles: "", incidents: "", mentions: "", mention_keys: "", incident_terms: "" };
  for (const a of c.articles) {
    out.articles += csvLine([a.id, a.url, a.id, 1, a.title, a.source, a.text, a.language, a.publishedAt, "done", a.language, a.publishedAt, "provided", a.receivedAt, a.receivedAt, a.receivedAt, 1]);
  }
  for (const i of c.incidents) {
    out.incidents += csvLine(bulkIncidentValues(i));
    for (const t of incidentTerms(i)) out.incident_terms += csvLine([t, i.id, i.updatedAt, i.date.start]);
  }
  for (const m of c.mentions) {
    const r = m.record;
    out.mentions += csvLine([
      r.id, r.articleId, m.incidentId, r.language, r.kind, r.status, r.title, r.quote, r.trigger, r.date.value, r.date.start, r.date.end,
      r.date.granularity, r.date.text, spanClass(r.date.start, r.date.end), JSON.stringify(r.actors), JSON.stringify(r.places), r.publishedAt,
      m.sentenceIndex, m.contentHash, m.storedAt, m.storedAt, r.principal ?? null, r.predicate ?? null, JSON.stringify(r.attribution ?? []),
    ]);
  }
  for (const k of keyRows(c.mentions.map((m) => m.record))) out.mention_keys += csvLine([k.k, k.c, k.s, k.e, k.m, k.a]);
  return out;
}

/** The sqlite3 script importing the CSV files (`files[table]`), then the full-text rows and one clock bump. */
export function bulkImportScript(files: Record<BulkTable, string>): string {
  // A large page cache keeps the indexes' random inserts in memory (millions of rows).
  const lines = ["PRAGMA journal_mode = WAL;", "PRAGMA synchronous = OFF;", "PRAGMA cache_size = -3000000;", "CREATE TEMP TABLE fts_from AS SELECT coalesce(max(rowid), 0) AS r FROM incidents;"];
  for (const [table, cols] of Object.entries(BULK_TABLES) as [BulkTable, readonly string[]][]) {
    lines.push(`CREATE TEMP TABLE stage_${table} (${cols.map((c) => `"${c}"`).join(", ")});`);
    lines.push(`.import --csv '${files[table].replace(/'/g, "''")}' stage_${table}`);
    lines.push(`INSERT OR REPLACE INTO ${table} (${cols.join(", ")}) SELECT * FROM stage_${table} ORDER BY ${BULK_ORDER[table]};`);
    lines.push(`DROP TABLE stage_${table};`);
  }
  lines.push("INSERT INTO incident_fts (rowid, text) SELECT rowid, search_text FROM incidents WHERE rowid > (SELECT r FROM fts_from);");
  lines.push("UPDATE merge_clock SET version = version + 1 WHERE id = 1;");
  return `${lines.join("\n")}\n`;
}
