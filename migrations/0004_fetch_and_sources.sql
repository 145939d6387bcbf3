-- Ingest by URL: when the page body was fetched by the Worker (NULL when it was posted).
ALTER TABLE articles ADD COLUMN fetched_at TEXT;

-- Outlets' feeds (RSS, Atom, JSON Feed) polled by the cron.
CREATE TABLE sources (
  id TEXT PRIMARY KEY,                      -- src_ + hash of the feed URL
  feed_url TEXT NOT NULL UNIQUE,
  name TEXT,                                -- publisher name given at registration (the articles' source)
  language TEXT,                            -- BCP 47 tag given at registration, passed to the articles
  title TEXT,                               -- the feed's own title, from its last fetch
  etag TEXT,                                -- validators for conditional GET
  last_modified TEXT,
  created_at TEXT NOT NULL,
  next_fetch_at TEXT NOT NULL,              -- due when <= now; pushed back exponentially after errors
  last_fetch_at TEXT,
  last_status INTEGER,                      -- HTTP status of the last fetch (304 included)
  last_error TEXT,
  error_count INTEGER NOT NULL DEFAULT 0,   -- consecutive failed fetches (0 after a success)
  items_seen INTEGER NOT NULL DEFAULT 0,    -- distinct items ever read from the feed
  articles_ingested INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX sources_due ON sources (next_fetch_at);

-- Items already read from a source (by their link), so a poll ingests only new ones.
CREATE TABLE source_items (
  source_id TEXT NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
  item_url TEXT NOT NULL,
  article_id TEXT NOT NULL,
  seen_at TEXT NOT NULL,
  PRIMARY KEY (source_id, item_url)
);
