import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Env } from "../../env";
import { ping } from "../../store/articles";
import { errorJson } from "../errors";

export function healthRoutes(app: OpenAPIHono<{ Bindings: Env }>) {
  app.get("/healthz", async (c) => {
    try {
      await ping(c.env.DB);
    } catch (e) {
      console.error("healthz: D1 does not answer", e instanceof Error ? e.message : e);
      return errorJson(c, 503, "internal_error", "D1 does not answer");
    }
    return c.json({ ok: true });
  });
}
