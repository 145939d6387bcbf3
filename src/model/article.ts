import { z } from "@hono/zod-openapi";
import { IncidentDateSchema, IncidentKindSchema, IncidentStatusSchema } from "./incident";

export const ArticleStatusSchema = z.enum(["queued", "processing", "done", "failed"]);

export const ArticleIncidentSchema = z
  .object({
    id: z.string().nullable().meta({ description: "Id of the merged incident (shared by every article reporting it)" }),
    title: z.string(),
    kind: IncidentKindSchema,
    status: IncidentStatusSchema,
    date: IncidentDateSchema.extend({ text: z.string() }),
    actors: z.array(z.string()),
    places: z.array(z.string()),
    quote: z.string().meta({ description: "The sentence of this article that reports the incident" }),
  })
  .meta({ id: "ArticleIncident", title: "ArticleIncident" });

export const ArticleSchema = z
  .object({
    id: z.string(),
    url: z.string(),
    title: z.string().nullable(),
    source: z.string().nullable(),
    language: z.string().nullable(),
    status: ArticleStatusSchema,
    publishedAt: z.string().nullable(),
    publishedAtSource: z.enum(["provided", "text", "received"]).nullable(),
    receivedAt: z.string(),
    processedAt: z.string().nullable(),
    version: z.number().int(),
    error: z.string().regex(/^[a-z_]+: /).optional().meta({
      description: "Why processing failed or is being retried: a stable code, a colon, a short reason (not_visible, merge_conflict, storage_error, runtime_limit, processing_error; final: over_budget, stuck, gave_up)",
    }),
    warnings: z.array(z.string()).meta({ description: "What the extraction limits cut or simplified, and no_language_pack for a language without a pack, as \"code: reason\"" }),
    incidents: z.array(ArticleIncidentSchema),
  })
  .meta({ id: "Article", title: "Article" });
export type Article = z.infer<typeof ArticleSchema>;
