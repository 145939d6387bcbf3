import { z } from "@hono/zod-openapi";

export const ErrorCode = z.enum([
  "invalid_json",
  "invalid_request",
  "unsupported_media_type",
  "payload_too_large",
  "unauthorized",
  "ingest_disabled",
  "not_found",
  "method_not_allowed",
  "conflict",
  "fetch_failed",
  "not_modified",
  "internal_error",
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ErrorBodySchema = z
  .object({
    error: z.object({
      code: ErrorCode,
      message: z.string(),
      details: z
        .array(z.object({ path: z.string(), message: z.string() }))
        .optional()
        .meta({ description: "Offending fields: JSON path (dot notation) and what is wrong." }),
    }),
  })
  .meta({ id: "Error", title: "Error" });
export type ErrorBody = z.infer<typeof ErrorBodySchema>;
