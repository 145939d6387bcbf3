/**
 * The list step /api/incidents, /feed.ics and /api/incidents.csv share: the validated filters made
 * canonical (query.ts: place spellings, actor terms, place names in free text), then one page of incidents
 * with their sources, by incident date unless the query asks for sort=updated, and the answers such a list
 * declares besides its 200. (The feeds read by last change: feeds/load.ts loadFeedPage.)
 */
import { loadIncidentPage } from "../feeds/load";
import type { IncidentQuery } from "../model/query";
import { errorResponse } from "./docs";
import { canonicalQuery } from "./query";

export function listPage(db: D1Database, query: IncidentQuery) {
  const q = canonicalQuery(query);
  return loadIncidentPage(db, q, q.sort ?? "date");
}

/** The 304 and 400 of a filtered list (the 304's wording says what its validators come from). */
export const listErrors = (notModified: string) => ({
  304: { description: `Not modified${notModified}` },
  400: errorResponse("Invalid filter or cursor"),
});
