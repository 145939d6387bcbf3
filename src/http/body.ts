/** Reads a JSON request body: content type (415), size limit (413), syntax (400). */
import type { Context, MiddlewareHandler } from "hono";
import { MAX_BODY_BYTES } from "../model/article-input";
import { readBounded } from "../text/read-bounded";
import { ApiError } from "./errors";

export async function readJsonBody(c: Context, maxBytes = MAX_BODY_BYTES): Promise<unknown> {
  const type = (c.req.header("content-type") ?? "").split(";")[0].trim().toLowerCase();
  if (!(type === "application/json" || /^application\/[\w.+-]+\+json$/.test(type))) {
    throw new ApiError(415, "unsupported_media_type", `expected Content-Type: application/json, got ${type || "none"}`);
  }
  const declared = Number(c.req.header("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > maxBytes) {
    throw new ApiError(413, "payload_too_large", `body is larger than ${maxBytes} bytes`);
  }
  const body = c.req.raw.body;
  if (!body) throw new ApiError(400, "invalid_json", "request body is empty");
  const bytes = await readBounded(body, maxBytes, () => new ApiError(413, "payload_too_large", `body is larger than ${maxBytes} bytes`));
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ApiError(400, "invalid_json", "body is not valid UTF-8");
  }
  if (text.trim() === "") throw new ApiError(400, "invalid_json", "request body is empty");
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ApiError(400, "invalid_json", `body is not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/**
 * Route middleware: reads the JSON body with the checks above before the route's zod validator runs,
 * and hands the parsed value to it (hono's body cache), so the body is read once, within the limit.
 */
export const jsonBody: MiddlewareHandler = async (c, next) => {
  const value = await readJsonBody(c);
  c.req.bodyCache.json = Promise.resolve(value);
  await next();
};
