/** GET /incidents/:id — a small HTML page per merged incident: where feed items link to. */
import { createRoute, z } from "@hono/zod-openapi";
import { esc, incidentHtml, itemTitle } from "../../feeds/incident-view";
import { loadIncident } from "../../feeds/load";
import { resolveAlias } from "../../store/incidents";
import type { App } from "../app-type";
import { versioned } from "../versioned";
import { IdParamSchema, PUBLIC } from "../docs";

const html = (description: string) => ({ description, content: { "text/html": { schema: z.string() } } });

const incidentPage = createRoute({
  method: "get",
  path: "/incidents/{id}",
  operationId: "getIncidentPage",
  tags: ["pages"],
  summary: "HTML page of a merged incident",
  description: "Where feed items link to; an old (renamed) id answers 301 to the current page.",
  security: PUBLIC,
  request: { params: IdParamSchema },
  responses: {
    200: html("HTML page"),
    301: { description: "The incident was renamed by a later merge: Location is its current page" },
    404: html("Unknown id"),
  },
});

export function pageRoutes(app: App) {
  // Versioned (http/versioned.ts): validators, 304s and cached pages before any incident query.
  app.openapi(incidentPage, async (c) =>
    versioned(c, "", "text/html; charset=UTF-8", async () => {
      const { id } = c.req.valid("param");
      const i = await loadIncident(c.env.DB, id);
      if (!i) {
        const renamed = await resolveAlias(c.env.DB, id);
        if (renamed) return c.redirect(`/incidents/${encodeURIComponent(renamed)}`, 301);
        return c.html(`<!doctype html><meta charset="utf-8"><title>Not found</title><p>No incident ${esc(id)}.</p>`, 404);
      }
      const title = itemTitle(i);
      return (
        `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
        `<title>${esc(title)}</title></head><body><h1>${esc(title)}</h1>${incidentHtml(i)}` +
        `<p><small>First seen ${esc(i.firstSeenAt)} · updated ${esc(i.updatedAt)} · ` +
        `<a href="/api/incidents/${encodeURIComponent(i.id)}">JSON</a></small></p></body></html>`
      );
    }),
  );
}
