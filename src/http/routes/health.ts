import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Env } from "../../env";
import { ping } from "../../store/articles";

export function healthRoutes(app: OpenAPIHono<{ Bindings: Env }>) {
  app.get("/healthz", async (c) => {
    await ping(c.env.DB);
    return c.json({ ok: true });
  });
}
