-- Versions never go back (store/merge.ts): a merge batch starts by inserting into `version_guard` a row
-- violating the CHECK constraint `stale_version` when the article was stored in a newer version than the
-- one the plan was computed from, so the whole batch (mention writes included) is rolled back.
CREATE TABLE version_guard (x INTEGER CONSTRAINT stale_version CHECK (x = 0));

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
CREATE INDEX mention_keys_article ON mention_keys (article_id);
