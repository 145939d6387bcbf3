/** GET /feed.ics (iCalendar) and GET /api/incidents.csv (CSV): the filtered timeline as files. */
import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { Env } from "../../env";
import { incidentsCsv } from "../../feeds/csv";
import { icsCalendar } from "../../feeds/ics";
import type { FeedContext } from "../../feeds/load";
import type { Incident } from "../../model/incident";
import { ExportQuerySchema, type IncidentQuery } from "../../model/query";
import { lastChange } from "../../store/incidents";
import type { App } from "../app-type";
import { conditionalResponse } from "../conditional";
import { PUBLIC } from "../docs";
import { feedContext } from "../feed-context";
import { listErrors, listPage } from "../incident-page";

const fileResponses = (mediaType: string, description: string) => ({
  200: { description, content: { [mediaType]: { schema: z.string().meta({ description }) } } },
  ...listErrors(" (If-None-Match / If-Modified-Since)"),
});

const ics = createRoute({
  method: "get",
  path: "/feed.ics",
  operationId: "getCalendar",
  tags: ["feeds"],
  summary: "iCalendar (RFC 5545) of the timeline",
  description:
    "One all-day VEVENT per merged incident over its date span; UID stable, SEQUENCE and LAST-MODIFIED from its updates, " +
    "DESCRIPTION with its sources and their quotes. Subscribe to it in a calendar. Up to `limit` incidents (default 500), by incident date.",
  security: PUBLIC,
  request: { query: ExportQuerySchema },
  responses: fileResponses("text/calendar", "iCalendar document"),
});

const csv = createRoute({
  method: "get",
  path: "/api/incidents.csv",
  operationId: "exportIncidentsCsv",
  tags: ["incidents"],
  summary: "CSV (RFC 4180) of the merged incidents",
  description:
    "One row per incident with the filters of /api/incidents (default 500 rows, by incident date); a `Link: <…>; rel=\"next\"` header points at the next page.",
  security: PUBLIC,
  request: { query: ExportQuerySchema },
  responses: fileResponses("text/csv", "CSV with a header line"),
});

/**
 * One export: the list page (incident-page.ts) and the store's last change read together, the file
 * rendered with its links, validators from a hash of the body (an export is cheap next to the feeds).
 */
async function exportFile(
  c: Context<{ Bindings: Env }>,
  query: IncidentQuery,
  path: string,
  contentType: string,
  render: (incidents: Incident[], ctx: FeedContext) => string,
): Promise<{ res: Response; ctx: FeedContext }> {
  const [page, changed] = await Promise.all([listPage(c.env.DB, query), lastChange(c.env.DB)]);
  const ctx = feedContext(c, path, page.nextCursor);
  const res = await conditionalResponse(c.req.raw, render(page.incidents, ctx), contentType, changed ?? new Date(0).toISOString());
  return { res, ctx };
}

export function exportRoutes(app: App) {
  app.openapi(ics, async (c) => (await exportFile(c, c.req.valid("query"), "/feed.ics", "text/calendar; charset=utf-8", icsCalendar)).res);

  app.openapi(csv, async (c) => {
    const { res, ctx } = await exportFile(c, c.req.valid("query"), "/api/incidents.csv", "text/csv; charset=utf-8; header=present", incidentsCsv);
    if (ctx.nextUrl) res.headers.set("Link", `<${ctx.nextUrl}>; rel="next"`);
    res.headers.set("Content-Disposition", 'inline; filename="incidents.csv"');
    return res;
  });
}
