-- Articles, the mentions extracted from them, and the merged incidents the mentions belong to.
-- Times are ISO 8601 UTC strings; JSON arrays are stored as TEXT.

CREATE TABLE articles (
  id TEXT PRIMARY KEY,                      -- deterministic: derived from the normalized URL
  url TEXT NOT NULL UNIQUE,
  content_hash TEXT NOT NULL,               -- SHA-256 of the submitted fields: "same content" detection
  version INTEGER NOT NULL DEFAULT 1,       -- bumped each time changed content is submitted
  title TEXT,
  source TEXT,
  language_input TEXT,
  text_input TEXT,
  html_input TEXT,
  published_at_input TEXT,
  status TEXT NOT NULL CHECK (status IN ('queued', 'processing', 'done', 'failed')),
  language TEXT,
  extracted_title TEXT,
  published_at TEXT,
  published_at_source TEXT CHECK (published_at_source IN ('provided', 'text', 'received')),
  received_at TEXT NOT NULL,
  status_at TEXT NOT NULL,                  -- when status last changed (stuck-article detection)
  processed_at TEXT,
  processed_version INTEGER,
  error TEXT,
  enqueue_count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX articles_status_at ON articles (status, status_at);

CREATE TABLE mentions (
  id TEXT PRIMARY KEY,                      -- mentionId(articleId, incident key)
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  incident_id TEXT,                         -- merged incident this mention belongs to
  language TEXT NOT NULL,
  kind TEXT NOT NULL,
  status TEXT NOT NULL,
  title TEXT NOT NULL,
  quote TEXT NOT NULL,
  trigger_text TEXT NOT NULL,
  date_value TEXT NOT NULL,
  date_start TEXT NOT NULL,
  date_end TEXT NOT NULL,
  date_granularity TEXT NOT NULL,
  date_text TEXT NOT NULL,
  span_class INTEGER NOT NULL,              -- ceil(log2(span days)): bounds the overlap lookup per class
  actors TEXT NOT NULL DEFAULT '[]',
  places TEXT NOT NULL DEFAULT '[]',
  published_at TEXT NOT NULL,
  sentence_index INTEGER NOT NULL DEFAULT 0,
  content_hash TEXT NOT NULL,
  first_stored_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX mentions_article ON mentions (article_id);
CREATE INDEX mentions_incident ON mentions (incident_id);
CREATE INDEX mentions_span ON mentions (span_class, date_start);

CREATE TABLE incidents (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  kind TEXT NOT NULL,
  date_value TEXT NOT NULL,
  date_start TEXT NOT NULL,
  date_end TEXT NOT NULL,
  date_granularity TEXT NOT NULL,
  date_text TEXT NOT NULL,
  actors TEXT NOT NULL DEFAULT '[]',
  places TEXT NOT NULL DEFAULT '[]',
  actors_key TEXT NOT NULL DEFAULT '[]',    -- lower-cased actors (filter actor=)
  places_key TEXT NOT NULL DEFAULT '[]',    -- lower-cased places (filter place=)
  languages TEXT NOT NULL DEFAULT '[]',     -- primary language subtags of the sources (filter lang=)
  search_text TEXT NOT NULL DEFAULT '',     -- lower-cased title, quotes, actors, places (for q=)
  member_hash TEXT NOT NULL,                -- hash of members and their content: detects changes
  source_count INTEGER NOT NULL DEFAULT 0,
  first_seen_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX incidents_date ON incidents (date_start, id);
CREATE INDEX incidents_updated ON incidents (updated_at, id);

-- Small key/value table: `changed_at` = last time any incident changed (feeds' Last-Modified).
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
