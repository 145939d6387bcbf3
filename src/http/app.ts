/** The hono app: routes, OpenAPI document, JSON errors. */
import { OpenAPIHono } from "@hono/zod-openapi";
import { HTTPException } from "hono/http-exception";
import type { Env } from "../env";
import { BadCursorError } from "../store/incidents";
import { ApiError, errorJson } from "./errors";
import { registerOpenApi } from "./openapi";
import { articleRoutes } from "./routes/articles";
import { exportRoutes } from "./routes/exports";
import { extractRoutes } from "./routes/extract";
import { feedRoutes } from "./routes/feeds";
import { healthRoutes } from "./routes/health";
import { incidentRoutes } from "./routes/incidents";
import { pageRoutes } from "./routes/pages";
import { schemaRoutes } from "./routes/schemas";
import { sourceRoutes } from "./routes/sources";
import { rejectInvalid } from "./validation";

export function createApp() {
  const app = new OpenAPIHono<{ Bindings: Env }>({ defaultHook: rejectInvalid });
  healthRoutes(app);
  articleRoutes(app);
  incidentRoutes(app);
  extractRoutes(app);
  sourceRoutes(app);
  feedRoutes(app);
  exportRoutes(app);
  schemaRoutes(app);
  pageRoutes(app);
  registerOpenApi(app);
  app.notFound((c) => errorJson(c, 404, "not_found", `no route for ${c.req.method} ${new URL(c.req.url).pathname}`));
  app.onError((e, c) => {
    if (e instanceof ApiError) return errorJson(c, e.status, e.code, e.message, e.details);
    if (e instanceof BadCursorError) return errorJson(c, 400, "invalid_request", e.message, [{ path: "cursor", message: e.message }]);
    if (e instanceof HTTPException) return errorJson(c, e.status as 400, "invalid_request", e.message);
    console.error("unhandled error", e instanceof Error ? e.stack : e);
    return errorJson(c, 500, "internal_error", "internal error");
  });
  return app;
}
