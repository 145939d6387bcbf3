/**
 * Bulk loading (benchmarks, imports): many rows per statement through json_each, many statements
 * per D1 batch. Rows are written as given: no merge planning happens here.
 */
import type { MentionRecord } from "../merge/types";
import { spanClass } from "./dates";
import { incidentTerms } from "./incident-index";
import { forgetStoreVersion } from "./incidents";
import { bumpMergeClock } from "./merge";
import { keyRows } from "./mentions";
import { INCIDENT_COLUMNS } from "./merge-incidents";

export interface BulkArticle {
  id: string;
  url: string;
  title: string;
  source: string;
  text: string;
  language: string;
  publishedAt: string;
  receivedAt: string;
}

export interface BulkMention {
  record: MentionRecord;
  incidentId: string;
  sentenceIndex: number;
  contentHash: string;
  storedAt: string;
}

export interface BulkIncident {
  id: string;
  title: string;
  kind: string;
  date: { value: string; start: string; end: string; granularity: string; text: string };
  actors: string[];
  places: string[];
  languages: string[];
  memberHash: string;
  sourceCount: number;
  firstSeenAt: string;
  updatedAt: string;
}

const ROWS_PER_STATEMENT = 400;
const STATEMENTS_PER_BATCH = 10;

async function run(db: D1Database, sql: string, rows: unknown[]) {
  const statements: D1PreparedStatement[] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    statements.push(db.prepare(sql).bind(JSON.stringify(rows.slice(i, i + ROWS_PER_STATEMENT))));
  }
  // Each batch bumps the merge clock too, so that a merge planned before it re-plans (store/merge.ts).
  const bump = bumpMergeClock(db);
  for (let i = 0; i < statements.length; i += STATEMENTS_PER_BATCH) await db.batch([...statements.slice(i, i + STATEMENTS_PER_BATCH), bump]);
  forgetStoreVersion();
}

export async function bulkInsertArticles(db: D1Database, articles: BulkArticle[]) {
  await run(
    db,
    `INSERT INTO articles (id, url, content_hash, version, title, source, text_input, language_input, published_at_input, status,
       language, published_at, published_at_source, received_at, status_at, processed_at, processed_version)
     SELECT j.value ->> '$.id', j.value ->> '$.url', j.value ->> '$.id', 1, j.value ->> '$.title', j.value ->> '$.source',
       j.value ->> '$.text', j.value ->> '$.language', j.value ->> '$.publishedAt', 'done', j.value ->> '$.language',
       j.value ->> '$.publishedAt', 'provided', j.value ->> '$.receivedAt', j.value ->> '$.receivedAt', j.value ->> '$.receivedAt', 1
     FROM json_each(?1) AS j`,
    articles,
  );
}

export async function bulkInsertMentions(db: D1Database, mentions: BulkMention[]) {
  const rows = mentions.map((m) => ({
    id: m.record.id, a: m.record.articleId, i: m.incidentId, l: m.record.language, k: m.record.kind, st: m.record.status,
    t: m.record.title, q: m.record.quote, tr: m.record.trigger, dv: m.record.date.value, ds: m.record.date.start,
    de: m.record.date.end, dg: m.record.date.granularity, dt: m.record.date.text, sc: spanClass(m.record.date.start, m.record.date.end),
    ac: JSON.stringify(m.record.actors), pl: JSON.stringify(m.record.places), p: m.record.publishedAt, si: m.sentenceIndex,
    h: m.contentHash, at: m.storedAt, pr: m.record.principal ?? null, pd: m.record.predicate ?? null, ab: JSON.stringify(m.record.attribution ?? []),
  }));
  await run(
    db,
    `INSERT INTO mentions (id, article_id, incident_id, language, kind, status, title, quote, trigger_text, date_value, date_start,
       date_end, date_granularity, date_text, span_class, actors, places, published_at, sentence_index, content_hash,
       first_stored_at, updated_at, principal, predicate, attribution)
     SELECT v ->> '$.id', v ->> '$.a', v ->> '$.i', v ->> '$.l', v ->> '$.k', v ->> '$.st', v ->> '$.t', v ->> '$.q', v ->> '$.tr',
       v ->> '$.dv', v ->> '$.ds', v ->> '$.de', v ->> '$.dg', v ->> '$.dt', v ->> '$.sc', v ->> '$.ac', v ->> '$.pl', v ->> '$.p',
       v ->> '$.si', v ->> '$.h', v ->> '$.at', v ->> '$.at', v ->> '$.pr', v ->> '$.pd', v ->> '$.ab'
     FROM (SELECT value AS v FROM json_each(?1))`,
    rows,
  );
  await run(
    db,
    `INSERT OR REPLACE INTO mention_keys (key, span_class, date_start, date_end, mention_id, article_id)
     SELECT v ->> '$.k', v ->> '$.c', v ->> '$.s', v ->> '$.e', v ->> '$.m', v ->> '$.a' FROM (SELECT value AS v FROM json_each(?1))`,
    keyRows(mentions.map((m) => m.record)),
  );
}

/** A bulk incident's row values, in INCIDENT_COLUMNS order (the same keys as a merge writes: lower-cased names). */
export function bulkIncidentValues(i: BulkIncident): unknown[] {
  return [
    i.id, i.title, i.kind, i.date.value, i.date.start, i.date.end, i.date.granularity, i.date.text, JSON.stringify(i.actors), JSON.stringify(i.places),
    JSON.stringify(i.actors.map((x) => x.toLowerCase())), JSON.stringify(i.places.map((x) => x.toLowerCase())), JSON.stringify(i.languages),
    [i.title, ...i.actors, ...i.places].join(" ").toLowerCase(), i.memberHash, i.sourceCount, i.firstSeenAt, i.updatedAt, spanClass(i.date.start, i.date.end),
  ];
}

export async function bulkInsertIncidents(db: D1Database, incidents: BulkIncident[]) {
  const rows = incidents.map((i) => {
    const values = bulkIncidentValues(i);
    return Object.fromEntries(INCIDENT_COLUMNS.map((c, k) => [c, values[k]]));
  });
  await run(
    db,
    `INSERT INTO incidents (${INCIDENT_COLUMNS.join(", ")})
     SELECT ${INCIDENT_COLUMNS.map((c) => `v ->> '$.${c}'`).join(", ")} FROM (SELECT value AS v FROM json_each(?1))`,
    rows,
  );
  // Their read indexes (store/incident-index.ts).
  const terms = incidents.flatMap((i) => incidentTerms(i).map((t) => ({ t, i: i.id, u: i.updatedAt, d: i.date.start })));
  await run(
    db,
    `INSERT OR REPLACE INTO incident_terms (term, incident_id, updated_at, date_start)
     SELECT v ->> '$.t', v ->> '$.i', v ->> '$.u', v ->> '$.d' FROM (SELECT value AS v FROM json_each(?1))`,
    terms,
  );
  await run(
    db,
    `INSERT INTO incident_fts (rowid, text) SELECT rowid, search_text FROM incidents WHERE id IN (SELECT value FROM json_each(?1))`,
    incidents.map((i) => i.id),
  );
}

export async function countRows(db: D1Database): Promise<{ articles: number; mentions: number; incidents: number }> {
  const r = await db
    .prepare("SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM mentions) AS mentions, (SELECT count(*) FROM incidents) AS incidents")
    .first<{ articles: number; mentions: number; incidents: number }>();
  return r!;
}

/** Runs the migration files' SQL (benchmarks on a fresh Miniflare D1). */
export async function applySchema(db: D1Database, sqlFiles: string[]) {
  for (const sql of sqlFiles) {
    const statements = sql
      .split("\n")
      .map((l) => l.replace(/--.*$/, ""))
      .join("\n")
      .split(/;\s*(?:\n|$)/)
      .map((s) => s.trim())
      .filter(Boolean);
    await db.batch(statements.map((s) => db.prepare(s)));
  }
}
