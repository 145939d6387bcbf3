import { z } from "@hono/zod-openapi";
import { bcp47 } from "./article-input";

export const SourceInputSchema = z
  .object({
    feedUrl: z.string().trim().max(2048).url().regex(/^https?:\/\//i, "must be an absolute http(s) URL").meta({ description: "The outlet's RSS, Atom or JSON Feed URL" }),
    name: z.string().trim().min(1).max(200).optional().meta({ description: "Publisher name given to its articles (default: the feed's title)" }),
    language: bcp47.optional().meta({ description: "Language of its articles (default: detected per article)" }),
  })
  .strict()
  .meta({ id: "SourceInput", title: "SourceInput" });

export const SourceSchema = z
  .object({
    id: z.string(),
    feedUrl: z.string(),
    name: z.string().nullable(),
    language: z.string().nullable(),
    title: z.string().nullable().meta({ description: "The feed's own title, from its last fetch" }),
    createdAt: z.string(),
    lastFetchAt: z.string().nullable(),
    lastStatus: z.number().int().nullable().meta({ description: "HTTP status of the last fetch (304: unchanged)" }),
    lastError: z.string().nullable(),
    errorCount: z.number().int().meta({ description: "Consecutive failed fetches; each doubles the wait before the next" }),
    nextFetchAt: z.string(),
    itemsSeen: z.number().int(),
    articlesIngested: z.number().int(),
  })
  .meta({ id: "Source", title: "Source" });
export type Source = z.infer<typeof SourceSchema>;

export const SourceListSchema = z.object({ sources: z.array(SourceSchema) }).meta({ id: "SourceList", title: "SourceList" });
