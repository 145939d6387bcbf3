/**
 * ETag / Last-Modified and 304 answers to conditional GETs, from the store version (merge clock and
 * last change, one indexed read) before any incident is queried: a 304 costs that read only.
 */
import type { StoreVersion } from "../store/incidents";

export interface Validators {
  etag: string;
  lastModified: Date;
}

function etagMatches(header: string, etag: string): boolean {
  const bare = (t: string) => t.trim().replace(/^W\//, "");
  return header.split(",").some((t) => t.trim() === "*" || bare(t) === bare(etag));
}

/** FNV-1a (32 bits), hex. */
function fnv32(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, "0");
}

/**
 * Validators of a representation that depends on the store and on `variant` (the path, the query
 * string and the configuration that shape the body): every merge bumps the clock, so a new version
 * means a new ETag.
 */
export function validatorsOf(version: StoreVersion, variant: string): Validators {
  const changed = Date.parse(version.changedAt ?? "1970-01-01T00:00:00Z");
  return {
    etag: `"${version.clock.toString(16).padStart(8, "0")}${fnv32(variant)}"`,
    lastModified: new Date(Math.floor(changed / 1000) * 1000),
  };
}

function headersOf(v: Validators, contentType?: string): Headers {
  const headers = new Headers({ ETag: v.etag, "Last-Modified": v.lastModified.toUTCString(), "Cache-Control": "public, max-age=60" });
  if (contentType) headers.set("Content-Type", contentType);
  return headers;
}

/** A 304 when the request's validators match (If-None-Match wins over If-Modified-Since), else null. */
export function notModified(req: Request, v: Validators): Response | null {
  const inm = req.headers.get("if-none-match");
  const ims = req.headers.get("if-modified-since");
  let same = false;
  if (inm !== null) same = etagMatches(inm, v.etag);
  else if (ims !== null) {
    const t = Date.parse(ims);
    same = !Number.isNaN(t) && v.lastModified.getTime() <= t;
  }
  return same ? new Response(null, { status: 304, headers: headersOf(v) }) : null;
}

export function withValidators(req: Request, body: string, contentType: string, v: Validators): Response {
  return new Response(req.method === "HEAD" ? null : body, { status: 200, headers: headersOf(v, contentType) });
}

/** Validators from a hash of the body itself (the exports: their bodies are cheap next to the feeds). */
export async function conditionalResponse(req: Request, body: string, contentType: string, lastModifiedIso: string): Promise<Response> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(body)));
  const etag = `"${[...digest.slice(0, 16)].map((b) => b.toString(16).padStart(2, "0")).join("")}"`;
  const v: Validators = { etag, lastModified: new Date(Math.floor(Date.parse(lastModifiedIso) / 1000) * 1000) };
  return notModified(req, v) ?? withValidators(req, body, contentType, v);
}
