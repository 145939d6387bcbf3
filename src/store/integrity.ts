/** Store invariants (checked by tests and usable from a console): all should be zero. */
export async function integrityReport(db: D1Database) {
  const r = await db
    .prepare(
      `SELECT
         (SELECT count(*) FROM mentions m WHERE m.incident_id IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM incidents i WHERE i.id = m.incident_id)) AS danglingMentions,
         (SELECT count(*) FROM incidents i WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.incident_id = i.id)) AS emptyIncidents,
         (SELECT count(*) FROM mentions WHERE incident_id IS NULL) AS unassignedMentions,
         (SELECT count(*) FROM incidents i WHERE i.source_count <>
            (SELECT count(DISTINCT m.article_id) FROM mentions m WHERE m.incident_id = i.id)) AS wrongSourceCounts`,
    )
    .first<{ danglingMentions: number; emptyIncidents: number; unassignedMentions: number; wrongSourceCounts: number }>();
  return r!;
}
