/** POST /api/extract: what would be extracted from an article, without storing anything. */
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Env } from "../../env";
import { extractArticle } from "../../extract";
import type { ArticleInput } from "../../extract/types";
import { ArticleInputSchema } from "../../model/article-input";
import { requireIngestToken } from "../auth";
import { readJsonBody } from "../body";
import { invalid } from "../errors";

export function extractRoutes(app: OpenAPIHono<{ Bindings: Env }>) {
  app.post("/api/extract", requireIngestToken, async (c) => {
    const parsed = ArticleInputSchema.safeParse(await readJsonBody(c));
    if (!parsed.success) throw invalid(parsed.error, "article");
    return c.json(extractArticle(parsed.data as ArticleInput, { receivedAt: new Date().toISOString() }));
  });
}
