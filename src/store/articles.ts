/** Data access for articles. All SQL of the project lives under src/store/, with bound parameters. */
import type { ArticleInput } from "../extract/types";
import { sha256Hex, stableJson } from "./hash";

export type ArticleStatus = "queued" | "processing" | "done" | "failed";

export interface ArticleRow {
  id: string;
  url: string;
  content_hash: string;
  version: number;
  title: string | null;
  source: string | null;
  language_input: string | null;
  text_input: string | null;
  html_input: string | null;
  published_at_input: string | null;
  status: ArticleStatus;
  language: string | null;
  extracted_title: string | null;
  published_at: string | null;
  published_at_source: "provided" | "text" | "received" | null;
  received_at: string;
  status_at: string;
  processed_at: string | null;
  processed_version: number | null;
  error: string | null;
  enqueue_count: number;
  /** Processing starts of version `attempts_version` (migration 0006). */
  attempts: number;
  attempts_version: number;
  /** JSON array of extraction warnings (migration 0006). */
  warnings: string;
}

/** Normalized URL: parsed and re-serialized, fragment dropped. */
export function normalizeUrl(url: string): string {
  const u = new URL(url.trim());
  u.hash = "";
  return u.href;
}

export async function articleIdForUrl(url: string): Promise<string> {
  return `art_${(await sha256Hex(normalizeUrl(url))).slice(0, 20)}`;
}

export async function contentHash(input: ArticleInput): Promise<string> {
  return sha256Hex(
    stableJson({
      title: input.title ?? null,
      text: input.text ?? null,
      html: input.html ?? null,
      publishedAt: input.publishedAt ?? null,
      language: input.language ?? null,
      source: input.source ?? null,
    }),
  );
}

export interface UpsertResult {
  id: string;
  url: string;
  version: number;
  status: ArticleStatus;
  result: "created" | "updated" | "unchanged";
}

type UpsertRow = { id: string; url: string; version: number; status: ArticleStatus };

/**
 * Insert the article, or update it when the same URL comes with different content (version + 1,
 * back to `queued`); re-posting a `failed` article retries it the same way. Same URL and content:
 * untouched. One statement, so concurrent POSTs of one URL resolve to one row (D1 serializes writes).
 */
export async function upsertArticle(db: D1Database, input: ArticleInput, now: string): Promise<UpsertResult> {
  return (await upsertArticles(db, [input], now))[0];
}

/**
 * The same for several articles in ONE D1 batch (one round trip, atomic: all are stored or none).
 * Each article is an upsert followed by a read of its row (the read answers for an untouched one).
 */
export async function upsertArticles(db: D1Database, inputs: ArticleInput[], now: string): Promise<UpsertResult[]> {
  if (inputs.length === 0) return [];
  const statements: D1PreparedStatement[] = [];
  for (const input of inputs) {
    const url = normalizeUrl(input.url);
    const id = await articleIdForUrl(url);
    const hash = await contentHash(input);
    statements.push(
      db
        .prepare(
          `INSERT INTO articles (id, url, content_hash, version, title, source, language_input, text_input, html_input,
             published_at_input, status, received_at, status_at)
           VALUES (?1, ?2, ?3, 1, ?4, ?5, ?6, ?7, ?8, ?9, 'queued', ?10, ?10)
           ON CONFLICT (url) DO UPDATE SET
             content_hash = excluded.content_hash, version = articles.version + 1, title = excluded.title,
             source = excluded.source, language_input = excluded.language_input, text_input = excluded.text_input,
             html_input = excluded.html_input, published_at_input = excluded.published_at_input,
             status = 'queued', status_at = excluded.status_at, error = NULL, enqueue_count = 0
           WHERE articles.content_hash <> excluded.content_hash OR articles.status = 'failed'
           RETURNING id, url, version, status`,
        )
        .bind(
          id, url, hash, input.title ?? null, input.source ?? null, input.language ?? null, input.text ?? null,
          input.html ?? null, input.publishedAt ?? null, now,
        ),
      db.prepare("SELECT id, url, version, status FROM articles WHERE url = ?1").bind(url),
    );
  }
  const results = await db.batch<UpsertRow>(statements);
  return inputs.map((input, i) => {
    const written = results[2 * i].results[0];
    if (written) return { ...written, result: written.version === 1 ? "created" : "updated" };
    const existing = results[2 * i + 1].results[0];
    if (!existing) throw new Error(`article ${input.url} vanished during upsert`);
    return { ...existing, result: "unchanged" };
  });
}

export async function getArticle(db: D1Database, id: string): Promise<ArticleRow | null> {
  return db.prepare("SELECT * FROM articles WHERE id = ?1").bind(id).first<ArticleRow>();
}

export async function markEnqueued(db: D1Database, refs: { id: string; version: number }[], now: string) {
  if (refs.length === 0) return;
  await db.batch(
    refs.map((r) =>
      db
        .prepare("UPDATE articles SET enqueue_count = enqueue_count + 1, status_at = ?3 WHERE id = ?1 AND version = ?2")
        .bind(r.id, r.version, now),
    ),
  );
}

/** Claim the article for processing (only the current version, never a finished one). */
export async function markProcessing(db: D1Database, id: string, version: number, now: string): Promise<void> {
  await db
    .prepare(
      "UPDATE articles SET status = 'processing', status_at = ?3 WHERE id = ?1 AND version = ?2 AND status IN ('queued', 'processing')",
    )
    .bind(id, version, now)
    .run();
}

/** Remember the last processing error (the article stays in flight: the message is retried). */
export async function recordError(db: D1Database, id: string, version: number, error: string): Promise<void> {
  await db.prepare("UPDATE articles SET error = ?3 WHERE id = ?1 AND version <= ?2").bind(id, version, error.slice(0, 2000)).run();
}

/** Dead letter: the message for this version gave up. A newer version or a finished one is left alone. */
export async function markFailed(db: D1Database, id: string, version: number, reason: string, now: string): Promise<boolean> {
  const r = await db
    .prepare(
      `UPDATE articles SET status = 'failed', status_at = ?4, error = ?3
       WHERE id = ?1 AND version <= ?2 AND NOT (status = 'done' AND processed_version >= ?2)`,
    )
    .bind(id, version, reason.slice(0, 2000), now)
    .run();
  return (r.meta.changes ?? 0) > 0;
}

/** Articles in `queued`/`processing` whose status has not moved since `before`. */
export async function listStuck(db: D1Database, before: string, limit: number) {
  const r = await db
    .prepare(
      `SELECT id, version, enqueue_count FROM articles
       WHERE status IN ('queued', 'processing') AND status_at < ?1 ORDER BY status_at LIMIT ?2`,
    )
    .bind(before, limit)
    .all<{ id: string; version: number; enqueue_count: number }>();
  return r.results;
}

export async function ping(db: D1Database): Promise<void> {
  await db.prepare("SELECT 1").first();
}
