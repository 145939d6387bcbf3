/** JSON errors: { error: { code, message, details? } }. */
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { z } from "zod";
import type { ErrorBody, ErrorCode } from "../model/error";

export type ErrorDetail = { path: string; message: string };

export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: string,
    readonly details?: ErrorDetail[],
  ) {
    super(message);
  }
}

export function errorJson(c: Context, status: ContentfulStatusCode, code: ErrorCode, message: string, details?: ErrorDetail[]) {
  const body: ErrorBody = { error: { code, message, ...(details && details.length ? { details } : {}) } };
  return c.json(body, status);
}

/** One detail per offending field and message (two checks failing alike on one field say it once). */
export function zodDetails(error: z.ZodError, prefix: (string | number)[] = []): ErrorDetail[] {
  const seen = new Set<string>();
  const out: ErrorDetail[] = [];
  for (const i of error.issues) {
    const d = { path: [...prefix, ...i.path].map(String).join(".") || "(body)", message: i.message };
    const key = `${d.path}\u0000${d.message}`;
    if (!seen.has(key)) out.push(d);
    seen.add(key);
  }
  return out;
}

export function invalid(error: z.ZodError, what: string, prefix: (string | number)[] = []): ApiError {
  const details = zodDetails(error, prefix);
  const fields = [...new Set(details.map((d) => d.path))].join(", ");
  return new ApiError(400, "invalid_request", `invalid ${what}: ${fields}`, details);
}
