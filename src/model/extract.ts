import { z } from "@hono/zod-openapi";
import { IncidentDateSchema, IncidentKindSchema } from "./incident";

export const ExtractedIncidentSchema = z
  .object({
    key: z.string(),
    title: z.string(),
    kind: IncidentKindSchema,
    status: z.enum(["happened", "planned", "reported", "denied"]),
    date: IncidentDateSchema.extend({ end: z.string(), text: z.string() }),
    actors: z.array(z.string()),
    places: z.array(z.string()),
    quote: z.string(),
    trigger: z.string(),
    sentenceIndex: z.number().int(),
  })
  .meta({ id: "ExtractedIncident", title: "ExtractedIncident" });

export const ExtractResultSchema = z
  .object({
    language: z.string(),
    title: z.string().nullable(),
    text: z.string(),
    publishedAt: z.string(),
    publishedAtSource: z.enum(["provided", "text", "received"]),
    incidents: z.array(ExtractedIncidentSchema),
    warnings: z.array(z.string()).meta({ description: "What the limits cut or simplified, as \"code: reason\" (text_truncated, html_truncated, html_simplified, html_no_text, dates_capped, incidents_capped) and what a language without a pack cannot give (no_language_pack)" }),
  })
  .meta({ id: "ExtractResult", title: "ExtractResult" });
