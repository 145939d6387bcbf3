-- When a merge renames an incident (planMerge names a cluster after its smallest mention id, so a
-- new member can change it), the old id is kept as an alias: GET /api/incidents/:old redirects.
CREATE TABLE incident_aliases (
  old_id TEXT PRIMARY KEY,
  new_id TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX incident_aliases_new ON incident_aliases (new_id);
