/** Mention rows ⇄ MentionRecord, and the indexed candidate lookup used before merging. */
import { blockingKeys, CANDIDATE_CAP, TERM_ROWS } from "../merge/blocking";
import type { MentionRecord } from "../merge/types";
import { addDays, dayOf, spanClass } from "./dates";
import { sha256Hex, stableJson } from "./hash";

export interface MentionRow {
  id: string;
  article_id: string;
  incident_id: string | null;
  language: string;
  kind: string;
  status: string;
  title: string;
  quote: string;
  trigger_text: string;
  date_value: string;
  date_start: string;
  date_end: string;
  date_granularity: string;
  date_text: string;
  span_class: number;
  actors: string;
  places: string;
  published_at: string;
  sentence_index: number;
  content_hash: string;
  first_stored_at: string;
  updated_at: string;
  principal: string | null;
  predicate: string | null;
  attribution: string;
}

export interface StoredMention {
  record: MentionRecord;
  incidentId: string | null;
  firstStoredAt: string;
  contentHash: string;
  sentenceIndex: number;
}

export function toRecord(r: MentionRow): MentionRecord {
  return {
    id: r.id,
    articleId: r.article_id,
    language: r.language,
    kind: r.kind as MentionRecord["kind"],
    status: r.status as MentionRecord["status"],
    title: r.title,
    quote: r.quote,
    trigger: r.trigger_text,
    date: { value: r.date_value, start: r.date_start, end: r.date_end, granularity: r.date_granularity, text: r.date_text },
    actors: JSON.parse(r.actors) as string[],
    places: JSON.parse(r.places) as string[],
    publishedAt: r.published_at,
    principal: r.principal,
    ...(r.predicate !== null ? { predicate: r.predicate } : {}),
    attribution: JSON.parse(r.attribution) as string[],
  };
}

export function toStored(r: MentionRow): StoredMention {
  return {
    record: toRecord(r),
    incidentId: r.incident_id,
    firstStoredAt: r.first_stored_at,
    contentHash: r.content_hash,
    sentenceIndex: r.sentence_index,
  };
}

/** Hash of a mention's content and of the article version it came from: a reprocessed (edited)
 * article changes its mentions' hashes, hence the updatedAt of the incidents they belong to. */
export async function mentionContentHash(m: MentionRecord, articleVersion: number): Promise<string> {
  const { id: _id, ...rest } = m;
  return (await sha256Hex(stableJson({ ...rest, articleVersion }))).slice(0, 32);
}

export async function loadArticleMentions(db: D1Database, articleId: string): Promise<StoredMention[]> {
  const r = await db
    .prepare("SELECT * FROM mentions WHERE article_id = ?1 ORDER BY sentence_index, id")
    .bind(articleId)
    .all<MentionRow>();
  return r.results.map(toStored);
}

/** Span classes present in the store (a skip-scan of the mentions_span index: one seek per class). */
async function spanClassesPresent(db: D1Database): Promise<number[]> {
  const r = await db
    .prepare(
      `WITH RECURSIVE c(x) AS (SELECT min(span_class) FROM mentions
         UNION ALL SELECT (SELECT min(span_class) FROM mentions WHERE span_class > c.x) FROM c WHERE c.x IS NOT NULL)
       SELECT x FROM c WHERE x IS NOT NULL`,
    )
    .all<{ x: number }>();
  return r.results.map((row) => row.x);
}

/**
 * The lookup terms of one fresh mention: for each of its blocking keys and each span class present,
 * the bounded range of mention_keys' primary key whose rows can overlap its span
 * ([key, class, lowest start, highest start, its start]).
 */
export function lookupTerms(m: MentionRecord, classes: number[]): [string, number, string, string, string][] {
  const start = dayOf(m.date.start);
  const end = dayOf(m.date.end) < start ? start : dayOf(m.date.end);
  return blockingKeys(m).flatMap((key) => classes.map((c): [string, number, string, string, string] => [key, c, addDays(start, -(2 ** c - 1)), `${end}\uffff`, start]));
}

/**
 * The candidates of one fresh mention, in one statement: for each lookup term, its first TERM_ROWS
 * overlapping rows of mention_keys in index order (one bounded range of the primary key: the term's
 * cut is its TERM_ROWS-th row, found by a correlated seek that reads at most TERM_ROWS rows), then the
 * stored mentions among them ranked by the pure rule of merge/blocking.ts (most shared keys, then
 * finest span, then id) and cut at CANDIDATE_CAP, then every member of their incidents. A coarse date
 * (a year) about a much-reported person therefore reads about 2 × TERM_ROWS index rows per term and
 * pulls at most CANDIDATE_CAP mentions, whatever the store holds.
 */
function candidateStatement(db: D1Database, m: MentionRecord, classes: number[], excludeArticleId: string): D1PreparedStatement {
  const range = (k: string, t: string) =>
    `${k}.key = ${t}.key AND ${k}.span_class = ${t}.c AND ${k}.date_start BETWEEN ${t}.lo AND ${t}.hi AND ${k}.date_end >= ${t}.s AND ${k}.article_id <> ?2`;
  return db
    .prepare(
      `WITH t AS (SELECT value ->> 0 AS key, value ->> 1 AS c, value ->> 2 AS lo, value ->> 3 AS hi, value ->> 4 AS s FROM json_each(?1)),
       cut AS MATERIALIZED (SELECT t.*, (SELECT k.date_start || char(1) || k.mention_id FROM mention_keys k WHERE ${range("k", "t")}
                 ORDER BY k.date_start, k.mention_id LIMIT 1 OFFSET ?4 - 1) AS last FROM t),
       bounded AS MATERIALIZED (SELECT key, c, lo, s, last,
                 CASE WHEN last IS NULL THEN hi ELSE substr(last, 1, instr(last, char(1)) - 1) END AS hi FROM cut),
       hit AS (
         SELECT k.mention_id AS id, count(DISTINCT k.key) AS n, min(k.span_class) AS c
         FROM bounded b JOIN mention_keys k ON ${range("k", "b")}
         WHERE b.last IS NULL OR k.date_start || char(1) || k.mention_id <= b.last
         GROUP BY k.mention_id ORDER BY n DESC, c, k.mention_id LIMIT ?3)
       SELECT * FROM mentions WHERE incident_id IN (SELECT m.incident_id FROM hit JOIN mentions m ON m.id = hit.id) AND article_id <> ?2`,
    )
    .bind(JSON.stringify(lookupTerms(m, classes)), excludeArticleId, CANDIDATE_CAP, TERM_ROWS);
}

/**
 * Merge candidates: for each fresh mention, the incidents of its CANDIDATE_CAP best stored mentions
 * (of other articles) sharing a blocking key and overlapping its span (candidateStatement), with all
 * their members, plus every member of `alsoIncidents` (the incidents of the article's previous
 * mentions). One D1 batch after one read of the span classes present.
 */
export async function loadCandidates(
  db: D1Database,
  fresh: MentionRecord[],
  excludeArticleId: string,
  alsoIncidents: string[] = [],
): Promise<StoredMention[]> {
  const classes = fresh.length > 0 ? await spanClassesPresent(db) : [];
  const statements = classes.length > 0 ? fresh.filter((m) => blockingKeys(m).length > 0).map((m) => candidateStatement(db, m, classes, excludeArticleId)) : [];
  if (alsoIncidents.length > 0) {
    statements.push(
      db
        .prepare("SELECT * FROM mentions WHERE incident_id IN (SELECT value FROM json_each(?1)) AND article_id <> ?2")
        .bind(JSON.stringify(alsoIncidents), excludeArticleId),
    );
  }
  const results = statements.length > 0 ? await db.batch<MentionRow>(statements) : [];
  const byId = new Map<string, StoredMention>();
  for (const r of results) for (const row of r.results) if (!byId.has(row.id)) byId.set(row.id, toStored(row));
  return [...byId.values()];
}

/** The blocking-key rows of the given mentions (bound as one JSON array: see keyRowsStatement). */
export function keyRows(mentions: MentionRecord[]): { k: string; c: number; s: string; e: string; m: string; a: string }[] {
  return mentions.flatMap((m) =>
    blockingKeys(m).map((k) => ({ k, c: spanClass(m.date.start, m.date.end), s: m.date.start, e: m.date.end, m: m.id, a: m.articleId })),
  );
}

/**
 * The key-row writes that take the article's stored mentions (`previous`) to its fresh ones: rows to drop
 * (their primary key is gone) and rows to write (new or changed); both empty when the keys are unchanged.
 */
export function keyRowChanges(previous: MentionRecord[], fresh: MentionRecord[]) {
  const pk = (r: KeyRow) => `${r.k}\u0000${r.c}\u0000${r.s}\u0000${r.m}`;
  const full = (r: KeyRow) => `${pk(r)}\u0000${r.e}\u0000${r.a}`;
  const before = keyRows(previous);
  const after = keyRows(fresh);
  const afterPk = new Set(after.map(pk));
  const beforeFull = new Set(before.map(full));
  return { drop: before.filter((r) => !afterPk.has(pk(r))), write: after.filter((r) => !beforeFull.has(full(r))) };
}
type KeyRow = ReturnType<typeof keyRows>[number];

/** One statement deleting key rows (from keyRows) by their primary keys. */
export function dropKeyRowsStatement(db: D1Database, rows: ReturnType<typeof keyRows>): D1PreparedStatement {
  return db
    .prepare(
      `DELETE FROM mention_keys WHERE (key, span_class, date_start, mention_id) IN
         (SELECT v ->> '$.k', v ->> '$.c', v ->> '$.s', v ->> '$.m' FROM (SELECT value AS v FROM json_each(?1)))`,
    )
    .bind(JSON.stringify(rows));
}

/** One statement inserting key rows (from keyRows) through json_each. */
export function keyRowsStatement(db: D1Database, rows: ReturnType<typeof keyRows>): D1PreparedStatement {
  return db
    .prepare(
      `INSERT OR REPLACE INTO mention_keys (key, span_class, date_start, date_end, mention_id, article_id)
       SELECT v ->> '$.k', v ->> '$.c', v ->> '$.s', v ->> '$.e', v ->> '$.m', v ->> '$.a' FROM (SELECT value AS v FROM json_each(?1))`,
    )
    .bind(JSON.stringify(rows));
}

/** Bound values of one mention row, in MENTION_COLUMNS order. */
export function mentionValues(
  m: MentionRecord,
  extra: { incidentId: string | null; sentenceIndex: number; contentHash: string; firstStoredAt: string; updatedAt: string },
): unknown[] {
  return [
    m.id, m.articleId, extra.incidentId, m.language, m.kind, m.status, m.title, m.quote, m.trigger,
    m.date.value, m.date.start, m.date.end, m.date.granularity, m.date.text, spanClass(m.date.start, m.date.end),
    JSON.stringify(m.actors), JSON.stringify(m.places), m.publishedAt, extra.sentenceIndex, extra.contentHash,
    extra.firstStoredAt, extra.updatedAt, m.principal ?? null, m.predicate ?? null, JSON.stringify(m.attribution ?? []),
  ];
}

export const MENTION_COLUMNS = [
  "id", "article_id", "incident_id", "language", "kind", "status", "title", "quote", "trigger_text",
  "date_value", "date_start", "date_end", "date_granularity", "date_text", "span_class",
  "actors", "places", "published_at", "sentence_index", "content_hash", "first_stored_at", "updated_at",
  "principal", "predicate", "attribution",
] as const;
