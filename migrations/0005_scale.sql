-- Versions never go back (store/merge.ts): a merge batch starts by inserting into `version_guard` a row
-- violating the CHECK constraint `stale_version` when the article was stored in a newer version than the
-- one the plan was computed from, so the whole batch (mention writes included) is rolled back.
CREATE TABLE version_guard (x INTEGER CONSTRAINT stale_version CHECK (x = 0));
