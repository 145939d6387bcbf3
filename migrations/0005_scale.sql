-- Versions never go back (store/merge.ts): a merge batch starts by inserting into `version_guard` a row
-- violating the CHECK constraint `stale_version` when the article was stored in a newer version than the
-- one the plan was computed from, so the whole batch (mention writes included) is rolled back.
CREATE TABLE version_guard (x INTEGER CONSTRAINT stale_version CHECK (x = 0));

-- The incident layer's fields of a mention (src/merge/types.ts), stored so that a stored mention is
-- judged exactly as a fresh one: principal participant, predicate class, who reported it (JSON).
ALTER TABLE mentions ADD COLUMN principal TEXT;
ALTER TABLE mentions ADD COLUMN predicate TEXT;
ALTER TABLE mentions ADD COLUMN attribution TEXT NOT NULL DEFAULT '[]';

-- Blocking keys of every mention (src/merge/blocking.ts): a new mention is compared only with stored
-- mentions that share a key and whose date spans overlap its own. Keyed first, then by span class and
-- start day, so a coarse date (a year) reads only the mentions of its keys in that year, never the
-- whole year. span_class = ceil(log2(span days)), as in mentions.span_class: for class c only starts
-- within 2^c days before a span can overlap it, so each (key, class) lookup is one bounded index range.
CREATE TABLE mention_keys (
  key TEXT NOT NULL,
  span_class INTEGER NOT NULL,
  date_start TEXT NOT NULL,
  date_end TEXT NOT NULL,
  mention_id TEXT NOT NULL,
  article_id TEXT NOT NULL,
  PRIMARY KEY (key, span_class, date_start, mention_id)
) WITHOUT ROWID;
-- No other index: a merge deletes the rows of the article's previous mentions by their primary keys
-- (it recomputes their keys), which keeps the table at one B-tree.

-- Reads by index (store/incidents.ts). Every filter of the listings has a structure that answers it
-- without reading rows one by one:
--  * actor, place, lang and kind: `incident_terms` rows ('a:<actor>', 'p:<place>', 'l:<lang>', 'k:<kind>',
--    case-folded) carrying the incident's sort keys, so a filtered page is one seek in the feed's order;
--  * from/to: the incident's span class and start day (the same bounded ranges as mention_keys);
--  * q: the FTS5 table `incident_fts` (rowid = the incident's rowid).
ALTER TABLE incidents ADD COLUMN span_class INTEGER NOT NULL DEFAULT 0;
UPDATE incidents SET span_class = (
  SELECT CASE WHEN d <= 1 THEN 0 WHEN d <= 2 THEN 1 WHEN d <= 4 THEN 2 WHEN d <= 8 THEN 3 WHEN d <= 16 THEN 4 WHEN d <= 32 THEN 5
    WHEN d <= 64 THEN 6 WHEN d <= 128 THEN 7 WHEN d <= 256 THEN 8 WHEN d <= 512 THEN 9 WHEN d <= 1024 THEN 10 WHEN d <= 2048 THEN 11
    WHEN d <= 4096 THEN 12 WHEN d <= 8192 THEN 13 WHEN d <= 16384 THEN 14 WHEN d <= 32768 THEN 15 ELSE 16 END
  FROM (SELECT CAST(julianday(substr(date_end, 1, 10)) - julianday(substr(date_start, 1, 10)) AS INTEGER) + 1 AS d));
CREATE INDEX incidents_span ON incidents (span_class, date_start);

CREATE TABLE incident_terms (
  term TEXT NOT NULL,
  incident_id TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  date_start TEXT NOT NULL,
  PRIMARY KEY (term, incident_id)
) WITHOUT ROWID;
CREATE INDEX incident_terms_updated ON incident_terms (term, updated_at, incident_id);
CREATE INDEX incident_terms_date ON incident_terms (term, date_start, incident_id);
CREATE INDEX incident_terms_incident ON incident_terms (incident_id);
INSERT OR IGNORE INTO incident_terms (term, incident_id, updated_at, date_start)
  SELECT 'a:' || j.value, i.id, i.updated_at, i.date_start FROM incidents i, json_each(i.actors_key) j;
INSERT OR IGNORE INTO incident_terms (term, incident_id, updated_at, date_start)
  SELECT 'p:' || j.value, i.id, i.updated_at, i.date_start FROM incidents i, json_each(i.places_key) j;
INSERT OR IGNORE INTO incident_terms (term, incident_id, updated_at, date_start)
  SELECT 'l:' || j.value, i.id, i.updated_at, i.date_start FROM incidents i, json_each(i.languages) j;
INSERT OR IGNORE INTO incident_terms (term, incident_id, updated_at, date_start)
  SELECT 'k:' || i.kind, i.id, i.updated_at, i.date_start FROM incidents i;

CREATE VIRTUAL TABLE incident_fts USING fts5 (text, tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO incident_fts (rowid, text) SELECT rowid, search_text FROM incidents;
