-- Poison messages end: each processing start of an article version is counted, so that a version whose
-- processing keeps crashing the runtime (or running out of time) is marked failed instead of looping.
-- `attempts` counts the starts of version `attempts_version` (a new version starts again from 0).
-- `warnings` holds what the extraction limits cut or simplified (JSON array of "code: reason").
ALTER TABLE articles ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE articles ADD COLUMN attempts_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE articles ADD COLUMN warnings TEXT NOT NULL DEFAULT '[]';
