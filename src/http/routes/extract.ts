/** POST /api/extract: what would be extracted from an article, without storing anything. */
import { createRoute } from "@hono/zod-openapi";
import { extractArticle } from "../../extract";
import type { ArticleInput } from "../../extract/types";
import { ArticleInputSchema } from "../../model/article-input";
import { ExtractResultSchema } from "../../model/extract";
import type { App } from "../app-type";
import { requireIngestToken } from "../auth";
import { jsonBody } from "../body";
import { BEARER, jsonResponse, writeErrors } from "../docs";
import { rejectInvalidAs } from "../validation";

const extract = createRoute({
  method: "post",
  path: "/api/extract",
  operationId: "extractArticle",
  tags: ["articles"],
  summary: "Dry run of the extraction",
  description: "What would be extracted from an article (language, clean text, publication date, incidents); nothing is stored.",
  security: BEARER,
  middleware: [requireIngestToken, jsonBody] as const,
  request: { body: { required: true, content: { "application/json": { schema: ArticleInputSchema } } } },
  responses: { 200: jsonResponse(ExtractResultSchema, "Extraction result"), ...writeErrors },
});

export function extractRoutes(app: App) {
  app.openapi(
    extract,
    (c) => c.json(extractArticle(c.req.valid("json") as ArticleInput, { receivedAt: new Date().toISOString() }), 200),
    (result) => rejectInvalidAs("article")(result),
  );
}
