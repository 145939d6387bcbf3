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
import { retryRoutes } from "./routes/retry";
import { schemaRoutes } from "./routes/schemas";
import { sourceRoutes } from "./routes/sources";
import { errorResponse } from "./docs";
import { allowedMethods, declareQueryErrors, routeTable, strictQuery } from "./route-table";
import { rejectInvalid } from "./validation";

export function createApp() {
  const app = new OpenAPIHono<{ Bindings: Env }>({ defaultHook: rejectInvalid });
  app.use("*", strictQuery(app, { "/openapi.json": [] }));
  healthRoutes(app);
  articleRoutes(app);
  retryRoutes(app);
  incidentRoutes(app);
  extractRoutes(app);
  sourceRoutes(app);
  feedRoutes(app);
  exportRoutes(app);
  schemaRoutes(app);
  pageRoutes(app);
  declareQueryErrors(app, errorResponse("Unknown query parameter (details name it and the allowed ones)"));
  registerOpenApi(app);
  let table: ReturnType<typeof routeTable> | null = null;
  app.notFound((c) => {
    const path = new URL(c.req.url).pathname;
    const allow = allowedMethods((table ??= routeTable(app)), path);
    if (allow.length) {
      c.header("Allow", allow.join(", "));
      return errorJson(c, 405, "method_not_allowed", `${c.req.method} is not allowed on ${path}; allowed: ${allow.join(", ")}`);
    }
    return errorJson(c, 404, "not_found", `no route for ${c.req.method} ${path}`);
  });
  app.onError((e, c) => {
    if (e instanceof ApiError) return errorJson(c, e.status, e.code, e.message, e.details);
    if (e instanceof BadCursorError) return errorJson(c, 400, "invalid_request", e.message, [{ path: "cursor", message: e.message }]);
    if (e instanceof HTTPException) return errorJson(c, e.status as 400, "invalid_request", e.message);
    console.error("unhandled error", e instanceof Error ? e.stack : e);
    return errorJson(c, 500, "internal_error", "internal error");
  });
  return app;
}
