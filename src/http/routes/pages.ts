/** GET /incidents/:id — a small HTML page per merged incident: where feed items link to. */
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Env } from "../../env";
import { esc, incidentHtml, itemTitle } from "../../feeds/incident-view";
import { loadIncident } from "../../feeds/load";
import { resolveAlias } from "../../store/incidents";

export function pageRoutes(app: OpenAPIHono<{ Bindings: Env }>) {
  app.get("/incidents/:id", async (c) => {
    const i = await loadIncident(c.env.DB, c.req.param("id"));
    if (!i) {
      const renamed = await resolveAlias(c.env.DB, c.req.param("id"));
      if (renamed) return c.redirect(`/incidents/${encodeURIComponent(renamed)}`, 301);
      return c.html(`<!doctype html><meta charset="utf-8"><title>Not found</title><p>No incident ${esc(c.req.param("id"))}.</p>`, 404);
    }
    const title = itemTitle(i);
    return c.html(
      `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
        `<title>${esc(title)}</title></head><body><h1>${esc(title)}</h1>${incidentHtml(i)}` +
        `<p><small>First seen ${esc(i.firstSeenAt)} · updated ${esc(i.updatedAt)} · ` +
        `<a href="/api/incidents/${encodeURIComponent(i.id)}">JSON</a></small></p></body></html>`,
    );
  });
}
