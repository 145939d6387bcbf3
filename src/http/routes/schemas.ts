/** GET /schemas/:file — the JSON Schemas of schemas/ (the JSON Feed `_incident` extension's `about` points here). */
import { createRoute, z } from "@hono/zod-openapi";
import { jsonSchemas } from "../../model/json-schemas";
import type { App } from "../app-type";
import { errorResponse, PUBLIC } from "../docs";
import { ApiError } from "../errors";

const getSchema = createRoute({
  method: "get",
  path: "/schemas/{file}",
  operationId: "getJsonSchema",
  tags: ["service"],
  summary: "JSON Schema documents",
  description: "The JSON Schemas of schemas/: article input, article, incident, extract result, JSON Feed _incident extension, error.",
  security: PUBLIC,
  request: {
    params: z.object({
      file: z.string().min(1).max(100).openapi({ param: { name: "file", in: "path" }, example: "incident.schema.json" }),
    }),
  },
  responses: {
    200: {
      description: "A JSON Schema (draft 2020-12)",
      content: {
        "application/schema+json": {
          schema: z.record(z.string(), z.unknown()).openapi({ type: "object", additionalProperties: true, description: "A JSON Schema document" }),
        },
      },
    },
    404: errorResponse("Unknown schema"),
  },
});

export function schemaRoutes(app: App) {
  let cache: ReturnType<typeof jsonSchemas> | null = null;
  app.openapi(getSchema, (c) => {
    cache ??= jsonSchemas();
    const { file } = c.req.valid("param");
    // Own properties only: "constructor", "toString", "__proto__" are not schemas.
    const doc = Object.hasOwn(cache, file) ? cache[file] : undefined;
    if (!doc) throw new ApiError(404, "not_found", `no schema ${file}; known: ${Object.keys(cache).join(", ")}`);
    return c.json(doc as Record<string, unknown>, 200, { "Content-Type": "application/schema+json" });
  });
}
