/**
 * The cron's poll of outlets' feeds: each due source is fetched with a conditional GET (ETag /
 * Last-Modified); its new items go through the same outbox as POSTed articles (an item without its
 * full content is ingested by URL, so the consumer fetches the page); errors back off exponentially.
 */
import type { Env } from "../env";
import type { ArticleInput } from "../extract/types";
import { allowPrivateFetch, FetchError, fetchDocument } from "../fetch/page";
import { ingestArticles } from "../pipeline/enqueue";
import { dueSources, recordFetchFailure, recordFetchSuccess, unseenItems, type SourceRow } from "../store/sources";
import { parseFeed, type FeedItem } from "./parse-feed";

export const POLL = {
  /** Sources read per cron run. */
  batch: 10,
  /** Items ingested per source and fetch (the rest wait for the next poll). */
  maxItems: 50,
  /** Time between two fetches of a healthy source. */
  intervalMinutes: 15,
  /** Longest wait after repeated errors. */
  maxBackoffMinutes: 24 * 60,
};

const FEED_TYPES = ["application/rss+xml", "application/atom+xml", "application/feed+json", "application/json", "application/xml", "text/xml", "application/rdf+xml"];
const minutesLater = (now: string, minutes: number) => new Date(Date.parse(now) + minutes * 60_000).toISOString();

/** After n consecutive errors: interval × 2^n, at most a day. */
export const backoffMinutes = (errors: number) => Math.min(POLL.maxBackoffMinutes, POLL.intervalMinutes * 2 ** errors);

function articleOf(item: FeedItem, source: SourceRow, feedTitle: string | null): ArticleInput {
  return {
    url: item.url,
    ...(item.title ? { title: item.title } : {}),
    ...(item.html ? { html: item.html } : {}),
    ...(item.publishedAt ? { publishedAt: item.publishedAt } : {}),
    ...(source.language ? { language: source.language } : {}),
    ...((source.name ?? feedTitle) ? { source: (source.name ?? feedTitle)! } : {}),
  };
}

function conditionalHeaders(s: SourceRow): Record<string, string> {
  return {
    accept: "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.1",
    ...(s.etag ? { "if-none-match": s.etag } : {}),
    ...(s.last_modified ? { "if-modified-since": s.last_modified } : {}),
  };
}

/** Fetches one source and ingests its new items; records the outcome. */
export async function pollSource(env: Env, s: SourceRow, now: string): Promise<{ status: number | "error"; ingested: number }> {
  try {
    const doc = await fetchDocument(s.feed_url, { allowPrivate: allowPrivateFetch(env), types: FEED_TYPES, headers: conditionalHeaders(s) });
    const next = minutesLater(now, POLL.intervalMinutes);
    if (doc.status === 304) {
      await recordFetchSuccess(env.DB, s.id, { status: 304, title: null, etag: null, lastModified: null, items: [], nextFetchAt: next }, now);
      return { status: 304, ingested: 0 };
    }
    const feed = parseFeed(doc.body, doc.url);
    const fresh = new Set(await unseenItems(env.DB, s.id, feed.items.map((i) => i.url)));
    const items = feed.items.filter((i) => fresh.delete(i.url)).slice(0, POLL.maxItems); // once each, in feed order
    const results = await ingestArticles(env, items.map((i) => articleOf(i, s, feed.title)), now);
    await recordFetchSuccess(
      env.DB,
      s.id,
      { status: 200, title: feed.title, etag: doc.headers.get("etag"), lastModified: doc.headers.get("last-modified"), items: items.map((it, k) => ({ url: it.url, articleId: results[k].id })), nextFetchAt: next },
      now,
    );
    return { status: 200, ingested: items.length };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const status = e instanceof FetchError && e.code === "status" ? Number(/answered (\d+)/.exec(message)?.[1] ?? NaN) || null : null;
    await recordFetchFailure(env.DB, s.id, message, status, minutesLater(now, backoffMinutes(s.error_count + 1)), now);
    return { status: "error", ingested: 0 };
  }
}

/** Polls the sources due at `now` (the cron passes the scheduled time). */
export async function pollSources(env: Env, now = new Date().toISOString()): Promise<{ polled: number; ingested: number; errors: number }> {
  const due = await dueSources(env.DB, now, POLL.batch);
  let ingested = 0;
  let errors = 0;
  for (const s of due) {
    const r = await pollSource(env, s, now);
    ingested += r.ingested;
    if (r.status === "error") errors++;
  }
  return { polled: due.length, ingested, errors };
}
