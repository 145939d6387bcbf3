import { z } from "@hono/zod-openapi";
import { IncidentKindSchema } from "./incident";

const isoDay = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD");

export const IncidentQuerySchema = z
  .object({
    from: isoDay.optional().meta({ description: "Only incidents whose date span ends on/after this date" }),
    to: isoDay.optional().meta({ description: "Only incidents whose date span starts on/before this date" }),
    q: z.string().trim().min(1).max(200).optional().meta({ description: "Text search (title, quotes, actors, places)" }),
    kind: IncidentKindSchema.optional(),
    place: z.string().trim().min(1).max(200).optional(),
    actor: z.string().trim().min(1).max(200).optional(),
    lang: z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/).optional().meta({ description: "Language of at least one source" }),
    limit: z.coerce.number().int().min(1).max(500).default(50),
    cursor: z.string().max(500).optional().meta({ description: "Opaque cursor from a previous page" }),
  });
export type IncidentQuery = z.infer<typeof IncidentQuerySchema>;
