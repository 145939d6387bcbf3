/** Ingest by URL: the page the Worker fetched becomes the article version's HTML body. */

/** Stores the fetched HTML of one article version (no-op when a newer version replaced it meanwhile). */
export async function storeFetchedBody(db: D1Database, id: string, version: number, html: string, now: string): Promise<void> {
  await db
    .prepare("UPDATE articles SET html_input = ?1, fetched_at = ?2 WHERE id = ?3 AND version = ?4 AND text_input IS NULL")
    .bind(html, now, id, version)
    .run();
}
