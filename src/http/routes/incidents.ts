/** GET /api/incidents (filters, cursor) and GET /api/incidents/:id. */
import { createRoute, type z } from "@hono/zod-openapi";
import { loadIncident } from "../../feeds/load";
import { IncidentListSchema, IncidentSchema } from "../../model/incident";
import { IncidentQuerySchema } from "../../model/query";
import { resolveAlias } from "../../store/incidents";
import type { App } from "../app-type";
import { errorResponse, IdParamSchema, jsonResponse, PUBLIC } from "../docs";
import { ApiError } from "../errors";
import { listErrors, listPage } from "../incident-page";
import { versioned } from "../versioned";

const listIncidents = createRoute({
  method: "get",
  path: "/api/incidents",
  operationId: "listIncidents",
  tags: ["incidents"],
  summary: "Merged incidents, newest incident date first (or sort=updated)",
  description: "One page of merged incidents matching the filters; nextCursor fetches the next page.",
  security: PUBLIC,
  request: { query: IncidentQuerySchema },
  responses: {
    200: jsonResponse(IncidentListSchema, "A page of incidents"),
    ...listErrors(": the store version matches If-None-Match / If-Modified-Since"),
  },
});

const getIncident = createRoute({
  method: "get",
  path: "/api/incidents/{id}",
  operationId: "getIncident",
  tags: ["incidents"],
  summary: "One merged incident with all its sources",
  description: "When a later merge renamed the incident, its old id answers 301 to the current one.",
  security: PUBLIC,
  request: { params: IdParamSchema },
  responses: {
    200: jsonResponse(IncidentSchema, "The incident"),
    301: { description: "The incident was renamed by a later merge: Location is its current URL" },
    404: errorResponse("Unknown id"),
  },
});

export function incidentRoutes(app: App) {
  // Versioned (store/incidents storeVersion): validators, 304s and cached bodies before any incident query.
  app.openapi(listIncidents, async (c) => {
    const query = c.req.valid("query");
    const res = versioned(c, "", "application/json", async () => JSON.stringify(await listPage(c.env.DB, query)));
    return res as unknown as ReturnType<typeof c.json<z.infer<typeof IncidentListSchema>, 200>>; // the JSON body is the declared schema
  });

  app.openapi(getIncident, async (c) => {
    const { id } = c.req.valid("param");
    const incident = await loadIncident(c.env.DB, id);
    if (incident) return c.json(incident, 200);
    const renamed = await resolveAlias(c.env.DB, id);
    if (renamed) return c.redirect(`/api/incidents/${encodeURIComponent(renamed)}`, 301);
    throw new ApiError(404, "not_found", `no incident with id ${id}`);
  });
}
