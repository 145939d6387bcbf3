/** An outlet's feed (RSS 2.0, Atom 1.0 or JSON Feed) → its items, read with fast-xml-parser / JSON.parse. */
import { XMLParser } from "fast-xml-parser";

export interface FeedItem {
  /** The article's URL (the item's link). */
  url: string;
  title?: string;
  /** ISO 8601, when the feed gives a parseable date. */
  publishedAt?: string;
  /** The item's full content (HTML), when the feed carries it; otherwise the page is fetched. */
  html?: string;
}

export interface ParsedFeed {
  title: string | null;
  items: FeedItem[];
}

export class FeedParseError extends Error {}

const REPEATED = new Set(["item", "entry", "link"]);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  textNodeName: "#text",
  isArray: (name) => REPEATED.has(name),
  processEntities: true,
  htmlEntities: true,
});

/** Content shorter than this is a summary, not the article: the page is fetched instead. */
const FULL_CONTENT_CHARS = 500;

const textOf = (v: unknown): string | undefined => {
  if (typeof v === "string") return v.trim() || undefined;
  if (typeof v === "number") return String(v);
  if (v && typeof v === "object" && "#text" in v) return textOf((v as Record<string, unknown>)["#text"]);
  return undefined;
};

function isoDate(s: string | undefined): string | undefined {
  if (!s) return undefined;
  const t = Date.parse(s);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

const fullContent = (html: string | undefined) => (html && html.length >= FULL_CONTENT_CHARS ? html : undefined);

function absolute(link: string | undefined, base: string): string | undefined {
  if (!link) return undefined;
  try {
    const u = new URL(link, base);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : undefined;
  } catch {
    return undefined;
  }
}

function rssItems(channel: any, base: string): FeedItem[] {
  return ((channel?.item ?? []) as any[]).flatMap((it) => {
    const guid = textOf(it.guid);
    const url = absolute(textOf(it.link?.[0]) ?? (it.guid?.["@_isPermaLink"] !== "false" ? guid : undefined), base);
    if (!url) return [];
    return [{ url, title: textOf(it.title), publishedAt: isoDate(textOf(it.pubDate) ?? textOf(it["dc:date"])), html: fullContent(textOf(it["content:encoded"])) }];
  });
}

function atomItems(feed: any, base: string): FeedItem[] {
  return ((feed?.entry ?? []) as any[]).flatMap((e) => {
    const links = (e.link ?? []) as any[];
    const alt = links.find((l) => (l["@_rel"] ?? "alternate") === "alternate") ?? links[0];
    const url = absolute(alt?.["@_href"], base);
    if (!url) return [];
    return [{ url, title: textOf(e.title), publishedAt: isoDate(textOf(e.published) ?? textOf(e.updated)), html: fullContent(textOf(e.content)) }];
  });
}

function jsonFeedItems(doc: any, base: string): ParsedFeed {
  if (typeof doc?.version !== "string" || !doc.version.startsWith("https://jsonfeed.org/version/")) throw new FeedParseError("not a JSON Feed (no version)");
  const items = ((doc.items ?? []) as any[]).flatMap((it) => {
    const url = absolute(it.url ?? it.external_url, base);
    if (!url) return [];
    return [{ url, title: typeof it.title === "string" ? it.title : undefined, publishedAt: isoDate(it.date_published), html: fullContent(it.content_html) }];
  });
  return { title: typeof doc.title === "string" ? doc.title : null, items };
}

/** Parses a feed document; `base` resolves relative links. */
export function parseFeed(body: string, base: string): ParsedFeed {
  const trimmed = body.trimStart();
  if (trimmed.startsWith("{")) {
    try {
      return jsonFeedItems(JSON.parse(trimmed), base);
    } catch (e) {
      throw e instanceof FeedParseError ? e : new FeedParseError(`invalid JSON Feed: ${e instanceof Error ? e.message : e}`);
    }
  }
  let doc: any;
  try {
    doc = parser.parse(trimmed);
  } catch (e) {
    throw new FeedParseError(`invalid XML: ${e instanceof Error ? e.message : e}`);
  }
  if (doc?.rss?.channel) return { title: textOf(doc.rss.channel.title) ?? null, items: rssItems(doc.rss.channel, base) };
  if (doc?.feed) return { title: textOf(doc.feed.title) ?? null, items: atomItems(doc.feed, base) };
  if (doc?.["rdf:RDF"]) return { title: textOf(doc["rdf:RDF"].channel?.title) ?? null, items: rssItems(doc["rdf:RDF"], base) };
  throw new FeedParseError("neither RSS, Atom nor JSON Feed");
}
