/**
 * Responses that depend only on the store version and the request: validators first (one indexed
 * read), then a 304, or the body from the Cache API keyed on the version (an entry never goes stale:
 * a new version is a new key), or the body rendered and put in the cache. On Cloudflare the Cache API
 * is per data centre and works on routes of a zone (on workers.dev it stores nothing: every miss renders).
 * The version itself is reused for VERSION_CACHE_MS (wrangler.toml; 1 s) within an isolate: a hot feed
 * then costs no D1 read at all, and a change made elsewhere shows within that time (the responses say
 * max-age=60 anyway). In front of the Cache API, the isolate keeps the last bodies it served (a few MB, least recently used first out):
 * a repeated request then costs the version read and nothing else — no cache round trip, no copy.
 */
import type { Context } from "hono";
import type { Env } from "../env";
import { recentStoreVersion, type StoreVersion } from "../store/incidents";
import { notModified, validatorsOf, withValidators } from "./conditional";

/** Seconds a rendered body stays in the cache (each version has its own key). */
const CACHE_SECONDS = 300;

/** Bodies kept in the isolate (UTF-16 code units, ≈ bytes for the feeds' mostly ASCII text). */
const MEMORY_UNITS = 4 << 20;
const memory = new Map<string, string>();
let memoryUnits = 0;

function recall(key: string): string | undefined {
  const body = memory.get(key);
  if (body !== undefined) (memory.delete(key), memory.set(key, body)); // most recently used last
  return body;
}

function remember(key: string, body: string) {
  if (body.length > MEMORY_UNITS / 8 || memory.has(key)) return;
  memory.set(key, body);
  memoryUnits += body.length;
  for (const [k, b] of memory) {
    if (memoryUnits <= MEMORY_UNITS) break;
    memory.delete(k);
    memoryUnits -= b.length;
  }
}

export async function versioned(
  c: Context<{ Bindings: Env }>,
  variant: string,
  contentType: string,
  render: (version: StoreVersion) => Promise<string | Response>,
): Promise<Response> {
  const req = c.req.raw;
  const version = await recentStoreVersion(c.env.DB, Number(c.env.VERSION_CACHE_MS ?? 0) || 0);
  const url = new URL(req.url);
  const validators = validatorsOf(version, `${url.pathname}?${url.search}|${variant}`);
  const unchanged = notModified(req, validators);
  if (unchanged) return unchanged;
  const cacheUrl = `https://versioned.cache/${validators.etag.replace(/"/g, "")}${url.pathname}${url.search}`;
  const kept = recall(`${cacheUrl}|${variant}`);
  if (kept !== undefined) return withValidators(req, kept, contentType, validators);
  const cache = typeof caches !== "undefined" ? caches.default : null;
  const key = new Request(cacheUrl);
  const hit = await cache?.match(key);
  if (hit) {
    const text = await hit.text();
    remember(`${cacheUrl}|${variant}`, text);
    return withValidators(req, text, contentType, validators);
  }
  const body = await render(version);
  if (body instanceof Response) return body; // redirects, not found: never cached
  remember(`${cacheUrl}|${variant}`, body);
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
