/** JSON Schema documents generated from the API's zod schemas (written to schemas/ by `npm run schemas`). */
import { z } from "zod";
import { ArticleSchema } from "./article";
import { ArticleBatchInputSchema, ArticleInputSchema, IngestResultSchema } from "./article-input";
import { ErrorBodySchema } from "./error";
import { ExtractResultSchema } from "./extract";
import { FeedIncidentExtensionSchema, IncidentSchema } from "./incident";
import { SourceInputSchema, SourceSchema } from "./source";

const doc = (schema: z.ZodType, io: "input" | "output", title: string) => ({
  ...(z.toJSONSchema(schema, {
    io,
    target: "draft-2020-12",
    unrepresentable: "any",
  }) as Record<string, unknown>),
  title,
});

export function jsonSchemas(): Record<string, Record<string, unknown>> {
  return {
    "article-input.schema.json": doc(ArticleInputSchema, "input", "Article submitted to POST /api/articles"),
    "article-batch-input.schema.json": doc(ArticleBatchInputSchema, "input", "Batch submitted to POST /api/articles"),
    "ingest-result.schema.json": doc(IngestResultSchema, "output", "Answer of POST /api/articles"),
    "article.schema.json": doc(ArticleSchema, "output", "GET /api/articles/:id"),
    "incident.schema.json": doc(IncidentSchema, "output", "GET /api/incidents/:id"),
    "extract-result.schema.json": doc(ExtractResultSchema, "output", "POST /api/extract"),
    "feed-incident-extension.schema.json": doc(FeedIncidentExtensionSchema, "output", "JSON Feed item _incident extension"),
    "error.schema.json": doc(ErrorBodySchema, "output", "Error body"),
    "source-input.schema.json": doc(SourceInputSchema, "input", "Source submitted to POST /api/sources"),
    "source.schema.json": doc(SourceSchema, "output", "A source of GET /api/sources"),
  };
}

export const render = (schema: Record<string, unknown>) => `${JSON.stringify(schema, null, 2)}\n`;
