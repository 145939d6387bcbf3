/** GET / (the timeline) and GET /incidents/:id (one incident): server-rendered HTML, readable without JavaScript. */
import { createRoute, z } from "@hono/zod-openapi";
import { versioned } from "../versioned";
import type { Context, MiddlewareHandler } from "hono";
import type { Env } from "../../env";
import { loadIncident } from "../../feeds/load";
import { listPage } from "../incident-page";
import { TimelineQuerySchema } from "../../model/query";
import { IncidentPage, NotFoundPage } from "../../pages/incident-page";
import { filtersOf, withFilters } from "../../pages/links";
import { TimelinePage } from "../../pages/timeline";
import { resolveAlias } from "../../store/incidents";
import type { App } from "../app-type";
import { IdParamSchema, PUBLIC } from "../docs";
import { zodDetails } from "../errors";

/**
 * The filter form submits every field, empty ones too: redirect to the same URL without them, so the
 * address bar shows only the filters in use and the query validates as the API's would.
 */
const dropEmptyParams: MiddlewareHandler = async (c, next) => {
  const url = new URL(c.req.url);
  const empty = [...url.searchParams].filter(([, v]) => v.trim() === "").map(([k]) => k);
  if (empty.length === 0) return next();
  for (const k of empty) url.searchParams.delete(k);
  return c.redirect(`${url.pathname}${url.search}`, 302);
};

const html = (description: string) => ({ description, content: { "text/html": { schema: z.string() } } });
const siteTitle = (c: Context<{ Bindings: Env }>) => c.env.FEED_TITLE || "News timeline";

const timeline = createRoute({
  method: "get",
  path: "/",
  operationId: "getTimelinePage",
  tags: ["pages"],
  summary: "The timeline (HTML)",
  description:
    "Incidents in chronological order of their date, grouped by month and day, with a filter form (the API's parameters), " +
    "feed links with the same filters, and each incident's sources on demand. 100 incidents a page; a link leads to earlier ones.",
  security: PUBLIC,
  middleware: [dropEmptyParams] as const,
  request: { query: TimelineQuerySchema },
  responses: {
    200: html("The timeline page"),
    302: { description: "The same page without the empty parameters the filter form sent" },
    400: html("The page with the filters that could not be used"),
  },
});

const incidentPage = createRoute({
  method: "get",
  path: "/incidents/{id}",
  operationId: "getIncidentPage",
  tags: ["pages"],
  summary: "HTML page of a merged incident",
  description: "Where feed items link to: the incident's dates, actors, places and its sources side by side; an old (renamed) id answers 301.",
  security: PUBLIC,
  request: { params: IdParamSchema },
  responses: {
    200: html("HTML page"),
    301: { description: "The incident was renamed by a later merge: Location is its current page" },
    404: html("Unknown id"),
  },
});

export function pageRoutes(app: App) {
  app.openapi(
    timeline,
    async (c) => {
      const query = c.req.valid("query");
      const filters = filtersOf(query);
      const page = await listPage(c.env.DB, query); // the page has no `sort`: newest date first
      const earlierUrl = page.nextCursor ? withFilters("/", filters, { cursor: page.nextCursor }) : null;
      return c.html(<TimelinePage siteTitle={siteTitle(c)} filters={filters} incidents={page.incidents} earlierUrl={earlierUrl} errors={[]} />, 200);
    },
    (result, c) => {
      if (result.success) return undefined;
      const errors = zodDetails(result.error as z.ZodError);
      const filters = filtersOf(c.req.query());
      return c.html(<TimelinePage siteTitle={siteTitle(c)} filters={filters} incidents={[]} earlierUrl={null} errors={errors} />, 400);
    },
  );

  app.openapi(incidentPage, async (c) => {
    const { id } = c.req.valid("param");
    // Versioned like the feeds (http/versioned.ts): a page already rendered at this store version reads no incident.
    const res = versioned(c, siteTitle(c), "text/html; charset=UTF-8", async () => {
      const i = await loadIncident(c.env.DB, id);
      if (i) return String(await (<IncidentPage i={i} siteTitle={siteTitle(c)} />).toString());
      const renamed = await resolveAlias(c.env.DB, id);
      if (renamed) return c.redirect(`/incidents/${encodeURIComponent(renamed)}`, 301);
      return c.html(<NotFoundPage id={id} siteTitle={siteTitle(c)} />, 404);
    });
    return res as unknown as ReturnType<typeof c.html>; // the HTML page, its redirect or its 404, as declared
  });
}
