/** GET /api/incidents (filters, cursor) and GET /api/incidents/:id. */
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Env } from "../../env";
import { toIncident } from "../../feeds/incident-view";
import { BadCursorError, getIncidentRow, listIncidents, resolveAlias, sourcesOf } from "../../store/incidents";
import { ApiError } from "../errors";
import { parseIncidentQuery } from "../query";

export function incidentRoutes(app: OpenAPIHono<{ Bindings: Env }>) {
  app.get("/api/incidents", async (c) => {
    const q = parseIncidentQuery(c);
    let page;
    try {
      page = await listIncidents(c.env.DB, q, "date");
    } catch (e) {
      if (e instanceof BadCursorError) throw new ApiError(400, "invalid_request", e.message, [{ path: "cursor", message: e.message }]);
      throw e;
    }
    const sources = await sourcesOf(c.env.DB, page.rows.map((r) => r.id));
    return c.json({ incidents: page.rows.map((r) => toIncident(r, sources.get(r.id) ?? [])), nextCursor: page.nextCursor });
  });

  app.get("/api/incidents/:id", async (c) => {
    const row = await getIncidentRow(c.env.DB, c.req.param("id"));
    if (!row) {
      const renamed = await resolveAlias(c.env.DB, c.req.param("id"));
      if (renamed) return c.redirect(`/api/incidents/${encodeURIComponent(renamed)}`, 301);
      throw new ApiError(404, "not_found", `no incident with id ${c.req.param("id")}`);
    }
    const sources = await sourcesOf(c.env.DB, [row.id]);
    return c.json(toIncident(row, sources.get(row.id) ?? []));
  });
}
