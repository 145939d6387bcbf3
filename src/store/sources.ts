/** Outlets' feeds: registration, due sources, per-source status, items already read. */
import { sha256Hex } from "./hash";

export interface SourceRow {
  id: string;
  feed_url: string;
  name: string | null;
  language: string | null;
  title: string | null;
  etag: string | null;
  last_modified: string | null;
  created_at: string;
  next_fetch_at: string;
  last_fetch_at: string | null;
  last_status: number | null;
  last_error: string | null;
  error_count: number;
  items_seen: number;
  articles_ingested: number;
}

export const sourceIdFor = async (feedUrl: string) => `src_${(await sha256Hex(feedUrl)).slice(0, 20)}`;

/** Registers a feed (due at once); an already registered URL is left as it is. */
export async function registerSource(
  db: D1Database,
  s: { feedUrl: string; name?: string; language?: string },
  now: string,
): Promise<{ row: SourceRow; created: boolean }> {
  const id = await sourceIdFor(s.feedUrl);
  const inserted = await db
    .prepare(
      `INSERT INTO sources (id, feed_url, name, language, created_at, next_fetch_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)
       ON CONFLICT (feed_url) DO NOTHING RETURNING id`,
    )
    .bind(id, s.feedUrl, s.name ?? null, s.language ?? null, now)
    .first<{ id: string }>();
  const row = await db.prepare("SELECT * FROM sources WHERE feed_url = ?1").bind(s.feedUrl).first<SourceRow>();
  return { row: row!, created: inserted !== null };
}

export async function listSources(db: D1Database): Promise<SourceRow[]> {
  return (await db.prepare("SELECT * FROM sources ORDER BY created_at, id").all<SourceRow>()).results;
}

export async function dueSources(db: D1Database, now: string, limit: number): Promise<SourceRow[]> {
  return (await db.prepare("SELECT * FROM sources WHERE next_fetch_at <= ?1 ORDER BY next_fetch_at LIMIT ?2").bind(now, limit).all<SourceRow>()).results;
}

/** Of these item URLs, the ones never read from this source. */
export async function unseenItems(db: D1Database, sourceId: string, urls: string[]): Promise<string[]> {
  if (urls.length === 0) return [];
  const seen = await db
    .prepare("SELECT item_url FROM source_items WHERE source_id = ?1 AND item_url IN (SELECT value FROM json_each(?2))")
    .bind(sourceId, JSON.stringify(urls))
    .all<{ item_url: string }>();
  const known = new Set(seen.results.map((r) => r.item_url));
  return urls.filter((u) => !known.has(u));
}

export interface FetchSuccess {
  status: 200 | 304;
  title: string | null;
  etag: string | null;
  lastModified: string | null;
  /** New items ingested by this fetch: (item URL, article id). */
  items: { url: string; articleId: string }[];
  nextFetchAt: string;
}

/** A fetch that worked (200 or 304): validators, counts, items marked seen, errors reset — one batch. */
export async function recordFetchSuccess(db: D1Database, id: string, r: FetchSuccess, now: string): Promise<void> {
  const statements = r.items.map((it) =>
    db.prepare("INSERT OR IGNORE INTO source_items (source_id, item_url, article_id, seen_at) VALUES (?1, ?2, ?3, ?4)").bind(id, it.url, it.articleId, now),
  );
  statements.push(
    db
      .prepare(
        `UPDATE sources SET last_fetch_at = ?2, last_status = ?3, last_error = NULL, error_count = 0, next_fetch_at = ?4,
           title = COALESCE(?5, title), etag = COALESCE(?6, etag), last_modified = COALESCE(?7, last_modified),
           items_seen = (SELECT COUNT(*) FROM source_items WHERE source_id = ?1), articles_ingested = articles_ingested + ?8
         WHERE id = ?1`,
      )
      .bind(id, now, r.status, r.nextFetchAt, r.title, r.etag, r.lastModified, r.items.length),
  );
  await db.batch(statements);
}

/** A failed fetch: the error, one more consecutive failure, and the next attempt pushed back. */
export async function recordFetchFailure(db: D1Database, id: string, error: string, status: number | null, nextFetchAt: string, now: string): Promise<void> {
  await db
    .prepare("UPDATE sources SET last_fetch_at = ?2, last_status = ?3, last_error = ?4, error_count = error_count + 1, next_fetch_at = ?5 WHERE id = ?1")
    .bind(id, now, status, error, nextFetchAt)
    .run();
}
