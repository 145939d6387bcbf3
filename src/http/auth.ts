/** Bearer-token auth for write endpoints, compared in constant time. No token configured → 503, never open. */
import type { MiddlewareHandler } from "hono";
import type { Env } from "../env";
import { ApiError } from "./errors";

async function digest(s: string): Promise<ArrayBuffer> {
  return crypto.subtle.digest("SHA-256", new TextEncoder().encode(s));
}

/** Equal-length digests compared without early exit (crypto.subtle.timingSafeEqual in workerd). */
export async function tokensEqual(given: string, expected: string): Promise<boolean> {
  const [a, b] = await Promise.all([digest(given), digest(expected)]);
  const subtle = crypto.subtle as SubtleCrypto & { timingSafeEqual?: (a: ArrayBuffer, b: ArrayBuffer) => boolean };
  if (typeof subtle.timingSafeEqual === "function") return subtle.timingSafeEqual(a, b);
  const x = new Uint8Array(a);
  const y = new Uint8Array(b);
  let diff = 0;
  for (let i = 0; i < x.length; i++) diff |= x[i] ^ y[i];
  return diff === 0;
}

export const requireIngestToken: MiddlewareHandler<{ Bindings: Env }> = async (c, next) => {
  const expected = c.env.INGEST_TOKEN;
  if (!expected) throw new ApiError(503, "ingest_disabled", "ingestion is disabled: INGEST_TOKEN is not configured");
  const header = c.req.header("authorization") ?? "";
  const m = /^Bearer\s+(.+)$/i.exec(header.trim());
  if (!m || !(await tokensEqual(m[1].trim(), expected))) {
    c.header("WWW-Authenticate", 'Bearer realm="ingest"');
    throw new ApiError(401, "unauthorized", "missing or invalid bearer token");
  }
  await next();
};
