/** Loads pages of merged incidents for the API, the feeds and the pages. */
import type { Incident } from "../model/incident";
import type { IncidentFilter } from "../model/query";
import { getIncidentRow, listIncidents, sourcesOf, type IncidentOrder, type IncidentRow } from "../store/incidents";
import { toIncident } from "./incident-view";

export interface FeedPage {
  incidents: Incident[];
  nextCursor: string | null;
  /** Last change of any incident (ISO), or the epoch before the first one. */
  lastModified: string;
}

/** Incident rows → Incidents with all their sources (one query for the sources of every row). */
async function withSources(db: D1Database, rows: IncidentRow[]): Promise<Incident[]> {
  const sources = await sourcesOf(db, rows.map((r) => r.id));
  return rows.map((r) => toIncident(r, sources.get(r.id) ?? []));
}

/** One page of incidents in the given order, with their sources. */
export async function loadIncidentPage(
  db: D1Database,
  q: IncidentFilter,
  order: IncidentOrder,
): Promise<{ incidents: Incident[]; nextCursor: string | null }> {
  const page = await listIncidents(db, q, order);
  return { incidents: await withSources(db, page.rows), nextCursor: page.nextCursor };
}

/** One incident with its sources, or null. */
export async function loadIncident(db: D1Database, id: string): Promise<Incident | null> {
  const row = await getIncidentRow(db, id);
  return row ? (await withSources(db, [row]))[0] : null;
}

/** A feed page: by last change unless the query asks for sort=date. `lastModified`: the store version's last change. */
export async function loadFeedPage(db: D1Database, q: IncidentFilter, lastModified: string | null): Promise<FeedPage> {
  const page = await loadIncidentPage(db, q, q.sort ?? "updated");
  return { ...page, lastModified: lastModified ?? new Date(0).toISOString() };
}

export interface FeedContext {
  title: string;
  /** Origin the links are built on (PUBLIC_BASE_URL or the request's origin). */
  baseUrl: string;
  /** This feed's own URL (self link), query string included. */
  selfUrl: string;
  /** The first page of this feed: its URL without a cursor (RFC 5005 rel="first"; the feed's id). */
  firstUrl: string;
  /** URL of the next page, when there is one (RFC 5005 rel="next"). */
  nextUrl: string | null;
  /** The HTML timeline with the same filters (the feed's home page, rel="alternate"). */
  homeUrl: string;
}

/** Human page of an incident (feed item link); the JSON is at /api/incidents/:id. */
export const incidentUrl = (ctx: FeedContext, id: string) => `${ctx.baseUrl}/incidents/${encodeURIComponent(id)}`;
export const incidentGuid = (id: string) => `urn:news-timeline:incident:${id}`;
