/** Read side: incidents with their sources, filtered and paginated (keyset), for the API and the feeds. */
import type { IncidentFilter } from "../model/query";

export interface IncidentRow {
  id: string;
  title: string;
  kind: string;
  date_value: string;
  date_start: string;
  date_end: string;
  date_granularity: string;
  date_text: string;
  actors: string;
  places: string;
  languages: string;
  source_count: number;
  first_seen_at: string;
  updated_at: string;
}

export interface SourceRow {
  incident_id: string;
  mention_id: string;
  article_id: string;
  url: string;
  title: string | null;
  extracted_title: string | null;
  source: string | null;
  published_at: string | null;
  language: string | null;
  quote: string;
  date_text: string;
  status: string;
  sentence_index: number;
}

import { BadCursorError, decodeCursor, encodeCursor, type IncidentOrder } from "./cursor";
import { actorTermSql, listingSql } from "./incident-query";
export { BadCursorError, type IncidentOrder };

/** The term an actor query looks up: its own, or the first fallback some incident carries (store/incident-query.ts actorTermSql). */
async function actorTerm(db: D1Database, actor: string): Promise<string | undefined> {
  const fallback = actorTermSql(actor);
  if (!fallback) return undefined;
  const hit = await db.prepare(fallback.sql).bind(...fallback.params).first<{ term: string }>();
  return hit?.term;
}

/** One page of incidents (store/incident-query.ts: one query driven by the matching index). */
export async function listIncidents(
  db: D1Database,
  q: IncidentFilter,
  order: IncidentOrder,
): Promise<{ rows: IncidentRow[]; nextCursor: string | null }> {
  const cursor = q.cursor ? decodeCursor(q.cursor, order, q) : null;
  const { sql, params } = listingSql(q, order, cursor, q.actor ? await actorTerm(db, q.actor) : undefined);
  const r = await db.prepare(sql).bind(...params).all<IncidentRow>();
  const rows = r.results.slice(0, q.limit);
  const last = rows[rows.length - 1];
  const nextCursor =
    r.results.length > q.limit && last
      ? encodeCursor({ o: order, k: order === "date" ? last.date_start : last.updated_at, i: last.id }, q)
      : null;
  return { rows, nextCursor };
}

export async function getIncidentRow(db: D1Database, id: string): Promise<IncidentRow | null> {
  return db
    .prepare(
      `SELECT id, title, kind, date_value, date_start, date_end, date_granularity, date_text, actors, places, languages,
         source_count, first_seen_at, updated_at FROM incidents WHERE id = ?1`,
    )
    .bind(id)
    .first<IncidentRow>();
}

/** Sources of the given incidents: one row per member mention, joined with its article. */
export async function sourcesOf(db: D1Database, incidentIds: string[]): Promise<Map<string, SourceRow[]>> {
  const out = new Map<string, SourceRow[]>();
  if (incidentIds.length === 0) return out;
  const r = await db
    .prepare(
      `SELECT m.incident_id, m.id AS mention_id, m.article_id, a.url, a.title, a.extracted_title, a.source, a.published_at,
         a.language, m.quote, m.date_text, m.status, m.sentence_index
       FROM mentions m JOIN articles a ON a.id = m.article_id
       WHERE m.incident_id IN (SELECT value FROM json_each(?1))
       ORDER BY a.published_at, m.article_id, m.sentence_index, m.id`,
    )
    .bind(JSON.stringify(incidentIds))
    .all<SourceRow>();
  for (const row of r.results) {
    const list = out.get(row.incident_id) ?? [];
    list.push(row);
    out.set(row.incident_id, list);
  }
  return out;
}

/** The store's version: the merge clock (bumped by every merge and bulk load) and the last change. */
export interface StoreVersion {
  clock: number;
  changedAt: string | null;
}

/** One indexed read (two primary-key lookups) that validates every listing. */
export async function storeVersion(db: D1Database): Promise<StoreVersion> {
  const r = await db
    .prepare("SELECT (SELECT version FROM merge_clock WHERE id = 1) AS clock, (SELECT value FROM meta WHERE key = 'changed_at') AS changedAt")
    .first<StoreVersion>();
  return { clock: r?.clock ?? 0, changedAt: r?.changedAt ?? null };
}

/**
 * storeVersion, reused within this isolate for `maxAgeMs` (the read, not its result, is shared: requests
 * arriving together wait for one read). A merge committed by this isolate forgets it at once
 * (forgetStoreVersion); one committed elsewhere shows after at most `maxAgeMs`. 0 → always read.
 */
let known: { at: number; version: Promise<StoreVersion> } | null = null;
export function recentStoreVersion(db: D1Database, maxAgeMs: number): Promise<StoreVersion> {
  const now = Date.now();
  if (maxAgeMs > 0 && known && now - known.at < maxAgeMs && now >= known.at) return known.version;
  const version = storeVersion(db);
  const entry = { at: now, version };
  known = maxAgeMs > 0 ? entry : null;
  version.catch(() => {
    if (known === entry) known = null;
  });
  return version;
}

/** This isolate moved the merge clock: the next recentStoreVersion reads it again. */
export function forgetStoreVersion() {
  known = null;
}

/** Last time any incident changed (null before the first one). */
export async function lastChange(db: D1Database): Promise<string | null> {
  const r = await db.prepare("SELECT value FROM meta WHERE key = 'changed_at'").first<{ value: string }>();
  return r?.value ?? null;
}

/** The current id of a renamed incident, if `id` is an alias. */
export async function resolveAlias(db: D1Database, id: string): Promise<string | null> {
  const r = await db.prepare("SELECT new_id FROM incident_aliases WHERE old_id = ?1").bind(id).first<{ new_id: string }>();
  return r?.new_id ?? null;
}
