/** Bindings and variables of the Worker (see wrangler.toml). */
export interface ArticleMessage {
  articleId: string;
  version: number;
}

export interface Env {
  DB: D1Database;
  ARTICLE_QUEUE: Queue<ArticleMessage>;
  DLQ: Queue<ArticleMessage>;
  INGEST_TOKEN?: string;
  PUBLIC_BASE_URL?: string;
  FEED_TITLE?: string;
}
