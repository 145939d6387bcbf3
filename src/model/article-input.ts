import { z } from "@hono/zod-openapi";
import { withoutUserinfo, xmlSafeText } from "../text/xml-safe";

export const MAX_BODY_BYTES = 5 * 1024 * 1024;
export const MAX_BATCH = 100;

const httpUrl = z
  .string()
  .trim()
  .max(2048)
  .regex(/^https?:\/\//i, "must be an absolute http(s) URL")
  .refine((s) => {
    try {
      const u = new URL(s);
      return u.protocol === "http:" || u.protocol === "https:";
    } catch {
      return false;
    }
  }, "must be an absolute http(s) URL")
  // Credentials in a URL are never stored nor published (feeds, pages).
  .overwrite(withoutUserinfo);

/** Free text as stored: without the characters XML 1.0 forbids (controls, U+FFFE/U+FFFF, lone surrogates). */
const cleanText = () => z.string().overwrite(xmlSafeText);

/** BCP 47 language tag (syntax check only): fr, en, en-GB, zh-Hant-TW … */
export const bcp47 = z
  .string()
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "must be a BCP 47 language tag such as fr or en-GB");

/** ISO 8601 date or date-time (with or without offset). */
export const isoDateTime = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/,
    "must be an ISO 8601 date or date-time",
  )
  .refine((s) => !Number.isNaN(Date.parse(s)), "is not a valid date");

export const ArticleInputSchema = z
  .object({
    url: httpUrl.meta({ description: "Canonical URL of the article (http or https). Identifies the article." }),
    title: cleanText().max(1000).optional(),
    text: cleanText().min(1).optional().meta({ description: "Plain-text body. Without text or html, the page is fetched from url." }),
    html: cleanText().min(1).optional().meta({ description: "HTML body. Without text or html, the page is fetched from url." }),
    publishedAt: isoDateTime.optional(),
    language: bcp47.optional().meta({ description: "BCP 47 tag; detected from the text when absent." }),
    source: cleanText().max(200).optional().meta({ description: "Publisher name." }),
  })
  .strict()
  .meta({
    id: "ArticleInput",
    title: "ArticleInput",
    description: "An article: its body as text or html, or its url alone to have the Worker fetch the page (HTML, at most 5 MB).",
  });
export type ArticleInputBody = z.infer<typeof ArticleInputSchema>;

export const ArticleBatchInputSchema = z
  .object({ articles: z.array(ArticleInputSchema).min(1).max(MAX_BATCH) })
  .strict()
  .meta({ id: "ArticleBatchInput", title: "ArticleBatchInput" });

export const IngestResultSchema = z
  .object({
    id: z.string(),
    status: z.enum(["queued", "processing", "done", "failed"]),
    result: z.enum(["created", "updated", "unchanged"]).meta({
      description: "created: new article (202); updated: changed content, reprocessing (202); unchanged: same URL and content (200, no new work).",
    }),
    url: z.string(),
  })
  .meta({ id: "IngestResult", title: "IngestResult" });

export const IngestBatchResultSchema = z
  .object({ articles: z.array(IngestResultSchema) })
  .meta({ id: "IngestBatchResult", title: "IngestBatchResult" });

export const RetryResultSchema = z
  .object({
    id: z.string(),
    url: z.string(),
    version: z.number().int(),
    status: z.literal("queued"),
  })
  .meta({ id: "RetryResult", title: "RetryResult" });
