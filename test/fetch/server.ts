/**
 * A real HTTP server on loopback for the fetch and source tests (started in Node by vitest's
 * globalSetup; workerd tests reach it through `inject("pageServer")`). Its routes serve articles,
 * redirects, wrong types, oversized bodies, slow answers, and feeds with ETag / Last-Modified.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { TestProject } from "vitest/node";

export const ARTICLE_HTML =
  "<!doctype html><html><head><meta charset=\"utf-8\"><title>Kim Jong-un arrives in Vladivostok</title></head><body>" +
  "<nav>Home | World | Sport</nav><article><h1>Kim Jong-un arrives in Vladivostok</h1>" +
  "<p>North Korean leader Kim Jong-un arrived in Vladivostok on 24 April 2019 aboard his armoured train, officials said.</p>" +
  "<p>He met Vladimir Putin on Russky Island on 25 April 2019 for their first summit.</p></article>" +
  "<footer>© Loopback News</footer></body></html>";

type Handler = (req: IncomingMessage, res: ServerResponse, url: URL) => void;

const FEED_LAST_MODIFIED = "Wed, 01 May 2019 10:00:00 GMT";
/** Per feed path: how many times it was requested, and how many answered 304. */
export const hits = new Map<string, { total: number; notModified: number }>();

function rssFeed(base: string, items: number): string {
  const entries = Array.from({ length: items }, (_, k) =>
    `<item><title>Story ${k}</title><link>${base}/story/${k}.html</link><guid>${base}/story/${k}.html</guid><pubDate>Thu, 25 Apr 2019 1${k}:00:00 GMT</pubDate></item>`,
  ).join("");
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Loopback News</title><link>${base}/</link><description>d</description>${entries}</channel></rss>`;
}

function storyHtml(k: number): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Story ${k}</title></head><body><article><h1>Story ${k}</h1>` +
    `<p>Vladimir Putin met Kim Jong-un in Vladivostok on 25 April 2019, the Kremlin said. Story number ${k}.</p></article></body></html>`;
}

const routes: Record<string, Handler> = {
  "/article.html": (_q, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(ARTICLE_HTML);
  },
  "/latin1.html": (_q, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=iso-8859-1" }).end(Buffer.from("<html><body><p>Caf\u00e9 \u00e0 Pyongyang le 10 septembre 2023.</p></body></html>", "latin1"));
  },
  "/json": (_q, res) => {
    res.writeHead(200, { "content-type": "application/json" }).end("{}");
  },
  "/missing": (_q, res) => {
    res.writeHead(404, { "content-type": "text/html" }).end("<p>gone</p>");
  },
  "/big": (_q, res) => {
    res.writeHead(200, { "content-type": "text/html" });
    const chunk = "<p>" + "x".repeat(64 * 1024) + "</p>";
    for (let i = 0; i < 100; i++) res.write(chunk); // ~6.4 MB, streamed without a Content-Length
    res.end();
  },
  "/slow": (_q, res) => {
    setTimeout(() => res.writeHead(200, { "content-type": "text/html" }).end("<p>late</p>"), 3000).unref();
  },
  "/to-ftp": (_q, res) => {
    res.writeHead(302, { location: "ftp://files.example.org/article.html" }).end();
  },
  "/feed.xml": (req, res, url) => {
    const stats = hits.get(url.pathname) ?? { total: 0, notModified: 0 };
    hits.set(url.pathname, stats);
    stats.total++;
    const items = Number(url.searchParams.get("items") ?? "3");
    const etag = `"feed-${items}"`;
    if (req.headers["if-none-match"] === etag || req.headers["if-modified-since"] === FEED_LAST_MODIFIED) {
      stats.notModified++;
      res.writeHead(304, { etag, "last-modified": FEED_LAST_MODIFIED }).end();
      return;
    }
    const base = `http://${req.headers.host}`;
    res.writeHead(200, { "content-type": "application/rss+xml", etag, "last-modified": FEED_LAST_MODIFIED }).end(rssFeed(base, items));
  },
  "/growing.xml": (req, res, url) => {
    // No validators: 2 items on the first request, 4 afterwards (per ?id=).
    const stats = hits.get(url.href) ?? { total: 0, notModified: 0 };
    hits.set(url.href, stats);
    stats.total++;
    res.writeHead(200, { "content-type": "application/rss+xml" }).end(rssFeed(`http://${req.headers.host}`, stats.total === 1 ? 2 : 4));
  },
  "/broken-feed.xml": (_q, res) => {
    res.writeHead(500, { "content-type": "text/plain" }).end("oops");
  },
};

function handle(req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? "/", "http://loopback");
  const redirect = /^\/redirect\/(\d+)$/.exec(url.pathname);
  if (redirect) {
    const n = Number(redirect[1]);
    res.writeHead(302, { location: n > 1 ? `/redirect/${n - 1}` : "/article.html" }).end();
    return;
  }
  const story = /^\/story\/(\d+)\.html$/.exec(url.pathname);
  if (story) {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(storyHtml(Number(story[1])));
    return;
  }
  const route = routes[url.pathname];
  if (route) route(req, res, url);
  else res.writeHead(404).end();
}

let close: (() => Promise<void>) | null = null;

export async function setup(project: TestProject) {
  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  project.provide("pageServer", `http://127.0.0.1:${port}`);
  close = () => new Promise((r) => server.close(() => r()));
}

export async function teardown() {
  await close?.();
}

declare module "vitest" {
  export interface ProvidedContext {
    pageServer: string;
  }
}
