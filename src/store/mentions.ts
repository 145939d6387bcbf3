/** Mention rows ⇄ MentionRecord, and the indexed candidate lookup used before merging. */
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

/**
 * Mentions (of other articles) whose [date_start, date_end] overlaps one of `spans`, found through the
 * (span_class, date_start) index: for class c only starts within 2^c days before the span can overlap,
 * so every branch is a bounded index range scan. Then every member of the incidents they belong to.
 */
export async function loadCandidates(
  db: D1Database,
  spans: { start: string; end: string }[],
  excludeArticleId: string,
  /** Incidents whose members must be loaded whatever their dates (those of the article's previous mentions). */
  alsoIncidents: string[] = [],
): Promise<StoredMention[]> {
  const intervals = coalesceSpans(spans);
  // One OR-term per (interval, span class), each a bounded range of the mentions_span index
  // (SQLite answers it with a MULTI-INDEX OR); terms are grouped to stay under D1's 100 bound params.
  const terms: { sql: string; params: unknown[] }[] = [];
  for (const iv of intervals) {
    for (let c = 0; c <= MAX_SPAN_CLASS; c++) {
      terms.push({
        sql: "(span_class = ? AND date_start BETWEEN ? AND ? AND date_end >= ?)",
        params: [c, addDays(iv.start, -(2 ** c - 1)), `${iv.end}\uffff`, iv.start],
      });
    }
  }
  const statements: D1PreparedStatement[] = [];
  const PER_STATEMENT = 24; // 24 × 4 + 1 = 97 bound parameters
  for (let i = 0; i < terms.length; i += PER_STATEMENT) {
    const group = terms.slice(i, i + PER_STATEMENT);
    statements.push(
      db
        .prepare(`SELECT * FROM mentions WHERE (${group.map((t) => t.sql).join(" OR ")}) AND article_id <> ?`)
        .bind(...group.flatMap((t) => t.params), excludeArticleId),
    );
  }
  const results = statements.length > 0 ? await db.batch<MentionRow>(statements) : [];
  const byId = new Map<string, StoredMention>();
  for (const r of results) for (const row of r.results) byId.set(row.id, toStored(row));
  const incidentIds = [
    ...new Set([...[...byId.values()].map((m) => m.incidentId), ...alsoIncidents].filter((x): x is string => !!x)),
  ];
  if (incidentIds.length > 0) {
    const members = await db
      .prepare("SELECT * FROM mentions WHERE incident_id IN (SELECT value FROM json_each(?1)) AND article_id <> ?2")
      .bind(JSON.stringify(incidentIds), excludeArticleId)
      .all<MentionRow>();
    for (const row of members.results) if (!byId.has(row.id)) byId.set(row.id, toStored(row));
  }
  return [...byId.values()];
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
    extra.firstStoredAt, extra.updatedAt,
  ];
}

export const MENTION_COLUMNS = [
  "id", "article_id", "incident_id", "language", "kind", "status", "title", "quote", "trigger_text",
  "date_value", "date_start", "date_end", "date_granularity", "date_text", "span_class",
  "actors", "places", "published_at", "sentence_index", "content_hash", "first_stored_at", "updated_at",
] as const;
