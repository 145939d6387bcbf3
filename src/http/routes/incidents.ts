/** GET /api/incidents (filters, cursor) and GET /api/incidents/:id. */
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Env } from "../../env";
import { loadIncident, loadIncidentPage } from "../../feeds/load";
import { resolveAlias } from "../../store/incidents";
import { ApiError } from "../errors";
import { parseIncidentQuery } from "../query";

export function incidentRoutes(app: OpenAPIHono<{ Bindings: Env }>) {
  app.get("/api/incidents", async (c) => c.json(await loadIncidentPage(c.env.DB, parseIncidentQuery(c), "date")));

  app.get("/api/incidents/:id", async (c) => {
    const incident = await loadIncident(c.env.DB, c.req.param("id"));
    if (incident) return c.json(incident);
    const renamed = await resolveAlias(c.env.DB, c.req.param("id"));
    if (renamed) return c.redirect(`/api/incidents/${encodeURIComponent(renamed)}`, 301);
    throw new ApiError(404, "not_found", `no incident with id ${c.req.param("id")}`);
  });
}
