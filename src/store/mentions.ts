/** Mention rows ⇄ MentionRecord, and the indexed candidate lookup used before merging. */
import { blockingKeys } from "../merge/blocking";
import type { MentionRecord } from "../merge/types";
import { addDays, dayOf, MAX_SPAN_CLASS, spanClass } from "./dates";
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

/** Merge overlapping or adjacent day spans into a few disjoint intervals. */
export function coalesceSpans(spans: { start: string; end: string }[]): { start: string; end: string }[] {
  const sorted = spans
    .map((s) => ({ start: dayOf(s.start), end: dayOf(s.end) < dayOf(s.start) ? dayOf(s.start) : dayOf(s.end) }))
    .sort((a, b) => a.start.localeCompare(b.start));
  const out: { start: string; end: string }[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= addDays(last.end, 1)) {
      if (s.end > last.end) last.end = s.end;
    } else out.push({ ...s });
  }
  return out;
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

/** Each blocking key of the fresh mentions with the coalesced day intervals it is looked up over. */
export function keyIntervals(fresh: MentionRecord[]): Map<string, { start: string; end: string }[]> {
  const spans = new Map<string, { start: string; end: string }[]>();
  for (const m of fresh) for (const k of blockingKeys(m)) spans.set(k, [...(spans.get(k) ?? []), m.date]);
  return new Map([...spans].map(([k, v]) => [k, coalesceSpans(v)]));
}

const TERMS_PER_STATEMENT = 19; // 19 × 5 + 1 bound parameters (D1 allows 100)

/**
 * Merge candidates: every member of the incidents that hold a mention (of another article) sharing a
 * blocking key with one of `fresh` and overlapping its date span, found through mention_keys — one
 * bounded range of its primary key per (key, interval, span class) — plus every member of
 * `alsoIncidents` (the incidents of the article's previous mentions). One D1 batch.
 */
export async function loadCandidates(
  db: D1Database,
  fresh: MentionRecord[],
  excludeArticleId: string,
  alsoIncidents: string[] = [],
): Promise<StoredMention[]> {
  const classes = await spanClassesPresent(db);
  const terms: unknown[][] = [];
  for (const [key, intervals] of keyIntervals(fresh)) {
    for (const iv of intervals) {
      for (const c of classes) terms.push([key, c, addDays(iv.start, -(2 ** c - 1)), `${iv.end}\uffff`, iv.start]);
    }
  }
  const statements: D1PreparedStatement[] = [];
  for (let i = 0; i < terms.length; i += TERMS_PER_STATEMENT) {
    const group = terms.slice(i, i + TERMS_PER_STATEMENT);
    const where = group.map(() => "(k.key = ? AND k.span_class = ? AND k.date_start BETWEEN ? AND ? AND k.date_end >= ?)").join(" OR ");
    statements.push(
      db
        .prepare(
          `SELECT * FROM mentions WHERE incident_id IN (
             SELECT m.incident_id FROM mention_keys k JOIN mentions m ON m.id = k.mention_id
             WHERE (${where}) AND k.article_id <> ?)
           AND article_id <> ?`,
        )
        .bind(...group.flat(), excludeArticleId, excludeArticleId),
    );
  }
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
