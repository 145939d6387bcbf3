/** GET /healthz: 200 once D1 answers, 503 otherwise. */
import { createRoute, z } from "@hono/zod-openapi";
import { ping } from "../../store/articles";
import type { App } from "../app-type";
import { errorResponse, jsonResponse, NoQuerySchema, noQueryError, PUBLIC } from "../docs";

const health = createRoute({
  method: "get",
  path: "/healthz",
  operationId: "getHealth",
  tags: ["service"],
  summary: "Health check",
  description: "200 once D1 answers a query; 503 when it does not.",
  security: PUBLIC,
  request: { query: NoQuerySchema },
  responses: {
    200: jsonResponse(z.object({ ok: z.boolean() }), "Healthy: D1 answers"),
    ...noQueryError,
    503: errorResponse("D1 does not answer"),
  },
});

export function healthRoutes(app: App) {
  app.openapi(health, async (c) => {
    try {
      await ping(c.env.DB);
    } catch (e) {
      console.error("healthz: D1 does not answer", e instanceof Error ? e.message : e);
      return c.json({ error: { code: "internal_error" as const, message: "D1 does not answer" } }, 503);
    }
    return c.json({ ok: true }, 200);
  });
}
