/**
 * Responses that depend only on the store version and the request: validators first (one indexed
 * read), then a 304, or the body from the Cache API keyed on the version (an entry never goes stale:
 * a new version is a new key), or the body rendered and put in the cache. On Cloudflare the Cache API
 * is per data centre and works on routes of a zone (on workers.dev it stores nothing: every miss renders).
 */
import type { Context } from "hono";
import type { Env } from "../env";
import { storeVersion, type StoreVersion } from "../store/incidents";
import { notModified, validatorsOf, withValidators } from "./conditional";

/** Seconds a rendered body stays in the cache (each version has its own key). */
const CACHE_SECONDS = 300;

export async function versioned(
  c: Context<{ Bindings: Env }>,
  variant: string,
  contentType: string,
  render: (version: StoreVersion) => Promise<string | Response>,
): Promise<Response> {
  const req = c.req.raw;
  const version = await storeVersion(c.env.DB);
  const url = new URL(req.url);
  const validators = validatorsOf(version, `${url.pathname}?${url.search}|${variant}`);
  const unchanged = notModified(req, validators);
  if (unchanged) return unchanged;
  const cache = typeof caches !== "undefined" ? caches.default : null;
  const key = new Request(`https://versioned.cache/${validators.etag.replace(/"/g, "")}${url.pathname}${url.search}`);
  const hit = await cache?.match(key);
  if (hit) return withValidators(req, await hit.text(), contentType, validators);
  const body = await render(version);
  if (body instanceof Response) return body; // redirects, not found: never cached
  if (cache) {
    const put = cache.put(key, new Response(body, { headers: { "Content-Type": contentType, "Cache-Control": `public, max-age=${CACHE_SECONDS}` } }));
    try {
      c.executionCtx.waitUntil(put);
    } catch {
      await put; // no execution context (direct app.fetch): finish the put before answering
    }
  }
  return withValidators(req, body, contentType, validators);
}
