/** POST /api/extract: what would be extracted from an article, without storing anything. */
import { createRoute } from "@hono/zod-openapi";
import type { Env } from "../../env";
import { extractArticle } from "../../extract";
import { allowPrivateFetch, FetchError, fetchPage } from "../../fetch/page";
import type { ArticleInput } from "../../extract/types";
import { ArticleInputSchema } from "../../model/article-input";
import { ExtractResultSchema } from "../../model/extract";
import type { App } from "../app-type";
import { requireIngestToken } from "../auth";
import { jsonBody } from "../body";
import { BEARER, errorResponse, jsonResponse, writeErrors } from "../docs";
import { ApiError } from "../errors";
import { rejectInvalidAs } from "../validation";

const extract = createRoute({
  method: "post",
  path: "/api/extract",
  operationId: "extractArticle",
  tags: ["articles"],
  summary: "Dry run of the extraction",
  description: "What would be extracted from an article (language, clean text, publication date, incidents); nothing is stored. With a url alone the page is fetched first.",
  security: BEARER,
  middleware: [requireIngestToken, jsonBody] as const,
  request: { body: { required: true, content: { "application/json": { schema: ArticleInputSchema } } } },
  responses: {
    200: jsonResponse(ExtractResultSchema, "Extraction result"),
    ...writeErrors,
    502: errorResponse("Only a url was given and its page could not be fetched (the message says why)"),
  },
});

/** The article with a body: as given, or with its page fetched (url alone). */
async function withPage(input: ArticleInput, env: Env): Promise<ArticleInput> {
  if (input.text !== undefined || input.html !== undefined) return input;
  try {
    return { ...input, html: (await fetchPage(input.url, { allowPrivate: allowPrivateFetch(env) })).html };
  } catch (e) {
    if (e instanceof FetchError) throw new ApiError(502, "fetch_failed", e.message, [{ path: "url", message: e.message }]);
    throw e;
  }
}

export function extractRoutes(app: App) {
  app.openapi(
    extract,
    async (c) => c.json(extractArticle(await withPage(c.req.valid("json") as ArticleInput, c.env), { receivedAt: new Date().toISOString() }), 200),
    (result) => rejectInvalidAs("article")(result),
  );
}
