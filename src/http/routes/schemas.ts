/** GET /schemas/:file — the JSON Schemas of schemas/ (the JSON Feed `_incident` extension's `about` points here). */
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Env } from "../../env";
import { jsonSchemas } from "../../model/json-schemas";
import { ApiError } from "../errors";

export function schemaRoutes(app: OpenAPIHono<{ Bindings: Env }>) {
  let cache: ReturnType<typeof jsonSchemas> | null = null;
  app.get("/schemas/:file", (c) => {
    cache ??= jsonSchemas();
    // Own properties only: "constructor", "toString", "__proto__" are not schemas.
    const file = c.req.param("file");
    const doc = Object.hasOwn(cache, file) ? cache[file] : undefined;
    if (!doc) throw new ApiError(404, "not_found", `no schema ${c.req.param("file")}; known: ${Object.keys(cache).join(", ")}`);
    return c.json(doc, 200, { "Content-Type": "application/schema+json" });
  });
}
