/** Ingest by URL, in the queue consumer: an article posted as { url } alone gets its page fetched here. */
import type { Env } from "../env";
import { allowPrivateFetch, fetchPage } from "../fetch/page";
import type { ArticleRow } from "../store/articles";
import { storeFetchedBody } from "../store/fetched-bodies";

/**
 * The article with a body: as stored when it has one, else with the page fetched from its URL (and
 * stored, so a redelivery does not fetch again). A FetchError propagates: the queue retries it, and
 * after the last retry the dead-letter consumer records it as the article's `failed` reason.
 */
export async function withBody(env: Pick<Env, "DB" | "FETCH_ALLOW_PRIVATE">, article: ArticleRow, now: string): Promise<ArticleRow> {
  if (article.text_input || article.html_input) return article;
  const page = await fetchPage(article.url, { allowPrivate: allowPrivateFetch(env) });
  await storeFetchedBody(env.DB, article.id, article.version, page.html, now);
  return { ...article, html_input: page.html };
}
