/** Loads one page of merged incidents for a feed (most recently changed first). */
import type { Incident } from "../model/incident";
import type { IncidentQuery } from "../model/query";
import { lastChange, listIncidents, sourcesOf } from "../store/incidents";
import { toIncident } from "./incident-view";

export interface FeedPage {
  incidents: Incident[];
  nextCursor: string | null;
  /** Last change of any incident (ISO), or the epoch before the first one. */
  lastModified: string;
}

export async function loadFeedPage(db: D1Database, q: IncidentQuery): Promise<FeedPage> {
  const [page, changed] = await Promise.all([listIncidents(db, q, "updated"), lastChange(db)]);
  const sources = await sourcesOf(db, page.rows.map((r) => r.id));
  return {
    incidents: page.rows.map((r) => toIncident(r, sources.get(r.id) ?? [])),
    nextCursor: page.nextCursor,
    lastModified: changed ?? new Date(0).toISOString(),
  };
}

export interface FeedContext {
  title: string;
  /** Origin the links are built on (PUBLIC_BASE_URL or the request's origin). */
  baseUrl: string;
  /** This feed's own URL (self link), query string included. */
  selfUrl: string;
  /** URL of the next page, when there is one. */
  nextUrl: string | null;
}

/** Human page of an incident (feed item link); the JSON is at /api/incidents/:id. */
export const incidentUrl = (ctx: FeedContext, id: string) => `${ctx.baseUrl}/incidents/${encodeURIComponent(id)}`;
export const incidentGuid = (id: string) => `urn:news-timeline:incident:${id}`;
