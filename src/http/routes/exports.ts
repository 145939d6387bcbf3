/** GET /feed.ics (iCalendar) and GET /api/incidents.csv (CSV): the filtered timeline as files. */
import { createRoute, z } from "@hono/zod-openapi";
import { incidentsCsv } from "../../feeds/csv";
import { icsCalendar } from "../../feeds/ics";
import { loadIncidentPage } from "../../feeds/load";
import { ExportQuerySchema } from "../../model/query";
import { lastChange } from "../../store/incidents";
import type { App } from "../app-type";
import { conditionalResponse } from "../conditional";
import { errorResponse, PUBLIC } from "../docs";
import { feedContext } from "../feed-context";
import { canonicalQuery } from "../query";

const fileResponses = (mediaType: string, description: string) => ({
  200: { description, content: { [mediaType]: { schema: z.string().meta({ description }) } } },
  304: { description: "Not modified (If-None-Match / If-Modified-Since)" },
  400: errorResponse("Invalid filter or cursor"),
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

export function exportRoutes(app: App) {
  app.openapi(ics, async (c) => {
    const q = canonicalQuery(c.req.valid("query"));
    const [page, changed] = await Promise.all([loadIncidentPage(c.env.DB, q, q.sort ?? "date"), lastChange(c.env.DB)]);
    const body = icsCalendar(page.incidents, feedContext(c, "/feed.ics", page.nextCursor));
    return conditionalResponse(c.req.raw, body, "text/calendar; charset=utf-8", changed ?? new Date(0).toISOString());
  });

  app.openapi(csv, async (c) => {
    const q = canonicalQuery(c.req.valid("query"));
    const [page, changed] = await Promise.all([loadIncidentPage(c.env.DB, q, q.sort ?? "date"), lastChange(c.env.DB)]);
    const ctx = feedContext(c, "/api/incidents.csv", page.nextCursor);
    const res = await conditionalResponse(c.req.raw, incidentsCsv(page.incidents, ctx), "text/csv; charset=utf-8; header=present", changed ?? new Date(0).toISOString());
    if (ctx.nextUrl) res.headers.set("Link", `<${ctx.nextUrl}>; rel="next"`);
    res.headers.set("Content-Disposition", 'inline; filename="incidents.csv"');
    return res;
  });
}
