import { z } from "@hono/zod-openapi";

export const IncidentKindSchema = z.enum([
  "travel", "meeting", "statement", "agreement", "military", "conflict", "election", "economic", "disaster", "legal", "other",
]);

export const IncidentStatusSchema = z
  .enum(["happened", "planned", "reported", "denied"])
  .meta({ description: "happened; planned or expected (\"devrait rencontrer\", \"will meet\"); reported by others; denied" });

export const IncidentDateSchema = z
  .object({
    value: z.string().meta({ description: "TimeML value: 2023-09-10, 2023-07, 2023-W37, 2019, 2023-09-10TAF" }),
    start: z.string().meta({ description: "First ISO day of the span the value covers" }),
    end: z.string().optional().meta({ description: "Last ISO day of the span (inclusive)" }),
    granularity: z.string(),
  })
  .meta({ id: "IncidentDate", title: "IncidentDate" });

export const IncidentSourceSchema = z
  .object({
    articleId: z.string(),
    url: z.string(),
    title: z.string().nullable(),
    source: z.string().nullable(),
    publishedAt: z.string().nullable(),
    language: z.string().nullable(),
    quote: z.string().meta({ description: "The sentence of this source that reports the incident" }),
    dateText: z.string().meta({ description: "The temporal expression as this source wrote it" }),
    status: IncidentStatusSchema.meta({ description: "What this source says of the incident" }),
  })
  .meta({ id: "IncidentSource", title: "IncidentSource" });

export const IncidentSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    kind: IncidentKindSchema,
    status: IncidentStatusSchema.meta({
      description: "Summary over the sources: happened if any source says it happened, else reported, else planned, else denied",
    }),
    date: IncidentDateSchema,
    actors: z.array(z.string()),
    places: z.array(z.string()),
    languages: z.array(z.string()),
    sources: z.array(IncidentSourceSchema),
    firstSeenAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "Incident", title: "Incident" });
export type Incident = z.infer<typeof IncidentSchema>;

export const IncidentListSchema = z
  .object({
    incidents: z.array(IncidentSchema),
    nextCursor: z.string().nullable().meta({ description: "Opaque cursor for the next page; null on the last page" }),
  })
  .meta({ id: "IncidentList", title: "IncidentList" });

/** The `_incident` extension object of a JSON Feed item. */
export const FeedIncidentExtensionSchema = z
  .object({
    about: z.string().optional(),
    date: IncidentDateSchema,
    kind: IncidentKindSchema,
    status: IncidentStatusSchema,
    actors: z.array(z.string()),
    places: z.array(z.string()),
    sources: z.array(IncidentSourceSchema),
  })
  .meta({ id: "FeedIncidentExtension", title: "JSON Feed _incident extension" });
export type FeedIncidentExtension = z.infer<typeof FeedIncidentExtensionSchema>;
