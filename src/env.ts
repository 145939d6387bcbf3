/** Bindings and variables of the Worker (see wrangler.toml). */
export interface ArticleMessage {
  articleId: string;
  version: number;
}

export interface Env {
  DB: D1Database;
  ARTICLE_QUEUE: Queue<ArticleMessage>;
  DLQ: Queue<ArticleMessage>;
  /** Bearer token for POST /api/articles and /api/extract. Unset → those endpoints answer 503. */
  INGEST_TOKEN?: string;
  /** Public origin for feed self links (default: the request's origin). */
  PUBLIC_BASE_URL?: string;
  FEED_TITLE?: string;
  /** First retry delay of a failed message, doubled at each attempt (default 10 s, max 15 min). */
  RETRY_BASE_SECONDS?: string;
  /** Articles queued/processing for longer than this are re-enqueued by the cron (default 180 s). */
  STUCK_AFTER_SECONDS?: string;
  /** Milliseconds an isolate reuses the store version for feeds and listings (http/versioned.ts; "0": read it every time). */
  VERSION_CACHE_MS?: string;
  /** Processing starts allowed per article version before it is marked failed (default 6). */
  MAX_PROCESS_ATTEMPTS?: string;
  /** "true" lets ingest by URL fetch loopback and private addresses: local development only (.dev.vars). */
  FETCH_ALLOW_PRIVATE?: string;
}
