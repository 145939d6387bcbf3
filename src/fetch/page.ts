/**
 * Fetches article pages (ingest by URL) and outlets' feeds: http(s) only, at most 5 redirects (each target checked
 * again), a timeout, a 5 MB limit, HTML content types only, private addresses refused unless allowed.
 */
import { readBounded } from "../text/read-bounded";
import { refusalOf } from "./address";

export const FETCH_LIMITS = { maxRedirects: 5, timeoutMs: 10_000, maxBytes: 5 * 1024 * 1024 };
const HTML_TYPES = ["text/html", "application/xhtml+xml"];

export class FetchError extends Error {
  constructor(
    readonly code: "refused" | "redirects" | "timeout" | "status" | "type" | "size" | "network",
    message: string,
  ) {
    super(message);
  }
}

export interface FetchedPage {
  /** The URL the page was finally served from (after redirects). */
  url: string;
  html: string;
  contentType: string;
}

export interface FetchOptions {
  allowPrivate: boolean;
  timeoutMs?: number;
  maxBytes?: number;
  userAgent?: string;
}

async function readLimited(res: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(res.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > maxBytes) throw new FetchError("size", `page is larger than ${maxBytes} bytes (${declared})`);
  return readBounded(res.body!, maxBytes, () => new FetchError("size", `page is larger than ${maxBytes} bytes`));
}

function decode(bytes: Uint8Array, contentType: string): string {
  const charset = /charset="?([\w-]+)"?/i.exec(contentType)?.[1];
  try {
    return new TextDecoder(charset ?? "utf-8").decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes); // an unknown charset label: read as UTF-8
  }
}

/** One request without following redirects, refused before sending when the target is not allowed. */
async function requestOnce(url: URL, opts: DocumentOptions, signal: AbortSignal): Promise<Response> {
  const refusal = refusalOf(url, opts.allowPrivate);
  if (refusal) throw new FetchError("refused", refusal);
  try {
    return await fetch(url.href, {
      redirect: "manual",
      signal,
      headers: { "user-agent": opts.userAgent ?? "news-timeline/0.1 (article fetcher)", ...opts.headers },
    });
  } catch (e) {
    if (signal.aborted) throw new FetchError("timeout", `no answer from ${url.host} within ${opts.timeoutMs ?? FETCH_LIMITS.timeoutMs} ms`);
    throw new FetchError("network", `cannot fetch ${url.href}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

export interface DocumentOptions extends FetchOptions {
  /** Media types accepted (without parameters). */
  types: string[];
  headers?: Record<string, string>;
}

export interface FetchedDocument {
  /** 200, or 304 when a conditional request found the document unchanged (then body is ""). */
  status: 200 | 304;
  url: string;
  body: string;
  contentType: string;
  headers: Headers;
}

/** Follows redirects (each target checked) until a final answer. */
async function finalResponse(target: string, opts: DocumentOptions, signal: AbortSignal): Promise<{ res: Response; url: URL }> {
  let url = new URL(target);
  for (let hop = 0; ; hop++) {
    const res = await requestOnce(url, opts, signal);
    const location = res.headers.get("location");
    if (!(res.status >= 300 && res.status < 400 && location)) return { res, url };
    await res.body?.cancel().catch(() => {});
    if (hop >= FETCH_LIMITS.maxRedirects) throw new FetchError("redirects", `more than ${FETCH_LIMITS.maxRedirects} redirects from ${target}`);
    url = new URL(location, url);
  }
}

/** A document of one of `opts.types`, within the limits; 304 passes through for conditional GETs. */
export async function fetchDocument(target: string, opts: DocumentOptions): Promise<FetchedDocument> {
  const signal = AbortSignal.timeout(opts.timeoutMs ?? FETCH_LIMITS.timeoutMs);
  const { res, url } = await finalResponse(target, opts, signal);
  if (res.status === 304) return { status: 304, url: url.href, body: "", contentType: "", headers: res.headers };
  if (!res.ok) {
    await res.body?.cancel().catch(() => {});
    throw new FetchError("status", `${url.href} answered ${res.status}`);
  }
  const contentType = res.headers.get("content-type") ?? "";
  if (!opts.types.includes(contentType.split(";")[0].trim().toLowerCase())) {
    await res.body?.cancel().catch(() => {});
    throw new FetchError("type", `${url.href} is ${contentType || "of no declared type"}, not ${opts.types.join(" or ")}`);
  }
  try {
    const body = decode(await readLimited(res, opts.maxBytes ?? FETCH_LIMITS.maxBytes), contentType);
    return { status: 200, url: url.href, body, contentType, headers: res.headers };
  } catch (e) {
    if (e instanceof FetchError) throw e;
    throw new FetchError(signal.aborted ? "timeout" : "network", `reading ${url.href} failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** An article page (HTML). */
export async function fetchPage(target: string, opts: FetchOptions): Promise<FetchedPage> {
  const doc = await fetchDocument(target, { ...opts, types: HTML_TYPES, headers: { accept: "text/html,application/xhtml+xml;q=0.9" } });
  return { url: doc.url, html: doc.body, contentType: doc.contentType };
}

/** FETCH_ALLOW_PRIVATE=true (local development only) lets the fetcher reach loopback and private hosts. */
export const allowPrivateFetch = (env: { FETCH_ALLOW_PRIVATE?: string }) => (env.FETCH_ALLOW_PRIVATE ?? "").trim().toLowerCase() === "true";
