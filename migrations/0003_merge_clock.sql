-- Optimistic concurrency for merges (several queue consumers at once).
-- `merge_clock` holds one version number, bumped by every merge batch. A merge reads it before loading
-- its candidates; its batch starts with a guard that inserts into `merge_guard` a row violating the
-- named CHECK constraint `merge_conflict` when the version moved meanwhile. The batch is a transaction,
-- so a failed guard writes nothing, and the merge re-reads and re-plans.
CREATE TABLE merge_clock (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  version INTEGER NOT NULL
);
INSERT INTO merge_clock (id, version) VALUES (1, 0);
CREATE TABLE merge_guard (x INTEGER CONSTRAINT merge_conflict CHECK (x = 0));
