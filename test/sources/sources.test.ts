import { createExecutionContext, createScheduledController, env, waitOnExecutionContext } from "cloudflare:test";
import { describe, expect, inject, it } from "vitest";
import worker from "../../src/index";
import { pollSources } from "../../src/sources/poll";
import { AUTH, getJson, post } from "../helpers";

const server = inject("pageServer");
const minutes = (m: number) => new Date(Date.now() + m * 60_000).toISOString();

async function sourceFor(feedUrl: string) {
  const list = (await getJson("/api/sources")).sources as any[];
  const s = list.find((x) => x.feedUrl === feedUrl);
  expect(s, feedUrl).toBeTruthy();
  return s;
}

async function runCron() {
  const ctx = createExecutionContext();
  await worker.scheduled(createScheduledController({ scheduledTime: Date.now(), cron: "*/5 * * * *" }), env, ctx);
  await waitOnExecutionContext(ctx);
}

/** Waits until every story URL is a source of some incident (its page fetched, extracted, merged). */
async function waitForStories(urls: string[], timeoutMs = 20_000) {
  const until = Date.now() + timeoutMs;
  let missing = urls;
  while (Date.now() < until) {
    const incidents = (await getJson("/api/incidents?limit=500")).incidents as any[];
    const seen = new Set(incidents.flatMap((i) => i.sources.map((s: any) => s.url)));
    missing = urls.filter((u) => !seen.has(u));
    if (missing.length === 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`stories not in the timeline: ${missing.join(", ")}`);
}

describe("outlet feeds (sources)", () => {
  it("registers a feed (201, then 200), refuses bad URLs and missing auth", async () => {
    const feedUrl = `${server}/feed.xml?items=3`;
    const first = await post("/api/sources", { feedUrl, name: "Loopback News", language: "en" });
    expect(first.status).toBe(201);
    const s = (await first.json()) as any;
    expect(s).toMatchObject({ feedUrl, name: "Loopback News", lastFetchAt: null, itemsSeen: 0 });
    expect((await post("/api/sources", { feedUrl })).status).toBe(200);
    expect((await post("/api/sources", { feedUrl: "ftp://x/feed" })).status).toBe(400);
    expect((await post("/api/sources", { feedUrl, extra: 1 })).status).toBe(400);
    expect((await post("/api/sources", { feedUrl }, { "content-type": "application/json" })).status).toBe(401);
  });

  it("the cron fetches due feeds, ingests their items through the outbox (fetching each page), then asks with If-None-Match", async () => {
    const feedUrl = `${server}/feed.xml?items=3`;
    await runCron();
    const s = await sourceFor(feedUrl);
    expect(s).toMatchObject({ lastStatus: 200, lastError: null, errorCount: 0, itemsSeen: 3, articlesIngested: 3, title: "Loopback News" });
    expect(Date.parse(s.nextFetchAt)).toBeGreaterThan(Date.now() + 10 * 60_000);
    await waitForStories([0, 1, 2].map((k) => `${server}/story/${k}.html`));
    const withStory = ((await getJson("/api/incidents?limit=500")).incidents as any[]).find((i) => i.sources.some((x: any) => x.url === `${server}/story/0.html`));
    expect(withStory.sources.find((x: any) => x.url === `${server}/story/0.html`).source).toBe("Loopback News");

    await pollSources(env, minutes(20)); // due again: a conditional GET, answered 304
    const again = await sourceFor(feedUrl);
    expect(again).toMatchObject({ lastStatus: 304, itemsSeen: 3, articlesIngested: 3 });
  });

  it("ingests only the items it has not seen", async () => {
    const feedUrl = `${server}/growing.xml?id=${Date.now()}`;
    expect((await post("/api/sources", { feedUrl })).status).toBe(201);
    await pollSources(env, minutes(40));
    expect(await sourceFor(feedUrl)).toMatchObject({ itemsSeen: 2, articlesIngested: 2 });
    await pollSources(env, minutes(60));
    expect(await sourceFor(feedUrl)).toMatchObject({ lastStatus: 200, itemsSeen: 4, articlesIngested: 4 });
  });

  it("records errors and backs off exponentially", async () => {
    const feedUrl = `${server}/broken-feed.xml`;
    expect((await post("/api/sources", { feedUrl })).status).toBe(201);
    const t0 = minutes(100);
    await pollSources(env, t0);
    const s1 = await sourceFor(feedUrl);
    expect(s1.lastStatus).toBe(500);
    expect(s1.lastError).toContain("500");
    expect(s1.errorCount).toBe(1);
    expect(Date.parse(s1.nextFetchAt) - Date.parse(t0)).toBe(30 * 60_000);
    await pollSources(env, minutes(110)); // not due yet: untouched
    expect((await sourceFor(feedUrl)).errorCount).toBe(1);
    const t2 = minutes(131);
    await pollSources(env, t2);
    const s2 = await sourceFor(feedUrl);
    expect(s2.errorCount).toBe(2);
    expect(Date.parse(s2.nextFetchAt) - Date.parse(t2)).toBe(60 * 60_000);
    const other = await post("/api/sources", { feedUrl: `${server}/article.html` }, AUTH);
    expect(other.status).toBe(201);
    await pollSources(env, minutes(200));
    expect((await sourceFor(`${server}/article.html`)).lastError).toMatch(/not application\/rss\+xml/);
  });
});
