/**
 * The timeline in a real browser: Debian's chromium driven by puppeteer-core (no browser download),
 * against `wrangler dev` loaded with the seed articles. Screenshots go to .tmp/screenshots/.
 */
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

const base = inject("baseUrl");
const shots = path.resolve(import.meta.dirname, "../../.tmp/screenshots");
const CHROMIUM = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => p && existsSync(p));

let browser: Browser;
let page: Page;
/** The actor of most incidents with a place (the seeds decide who; the test filters by them). */
let actor: string;

async function api(p: string): Promise<any> {
  const res = await fetch(`${base}${p}`);
  expect(res.status, p).toBe(200);
  return res.json();
}

const cardIds = (p: Page) => p.$$eval("article.incident", (els) => els.map((e) => e.id));

beforeAll(async () => {
  if (!CHROMIUM) throw new Error("chromium is not installed (apt-get install -y chromium), or set CHROMIUM_PATH");
  mkdirSync(shots, { recursive: true });
  const all = (await api("/api/incidents?limit=100")).incidents as any[];
  const counts = new Map<string, number>();
  for (const i of all) if (i.places.length) for (const a of i.actors) counts.set(a, (counts.get(a) ?? 0) + 1);
  actor = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
  browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
  page = await browser.newPage();
  await page.setViewport({ width: 1100, height: 900 });
});

afterAll(async () => {
  await browser?.close();
});

describe("the timeline in chromium", () => {
  it("shows the seed timeline at /, oldest first, grouped by month and day", async () => {
    const incidents = (await api("/api/incidents?limit=100")).incidents as any[];
    expect(incidents.length).toBeGreaterThan(5);
    const res = await page.goto(`${base}/`, { waitUntil: "load" });
    expect(res?.status()).toBe(200);
    expect(await page.title()).toBe("News timeline");
    const ids = await cardIds(page);
    expect(ids.sort()).toEqual(incidents.map((i) => i.id).sort());
    const months = await page.$$eval("h2.month", (els) => els.map((e) => e.textContent));
    expect(months).toContain("September 2023");
    const starts = (await cardIds(page)).map((id) => incidents.find((i) => i.id === id).date.start);
    expect(starts).toEqual([...starts].sort());
    await page.screenshot({ path: path.join(shots, "timeline.png"), fullPage: true });
  });

  it("follows light and dark colour schemes", async () => {
    const bg = () => page.evaluate(() => { const w = globalThis as any; return w.getComputedStyle(w.document.body).backgroundColor as string; });
    await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "light" }]);
    const light = await bg();
    await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "dark" }]);
    const dark = await bg();
    expect(dark).not.toBe(light);
    const [r, g, b] = dark.match(/\d+/g)!.map(Number);
    expect(r + g + b).toBeLessThan(150); // a dark background
    await page.screenshot({ path: path.join(shots, "timeline-dark.png") });
    await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "light" }]);
  });

  it("filters by actor with the form", async () => {
    await page.goto(`${base}/`, { waitUntil: "load" });
    await page.type('form.filters input[name="actor"]', actor);
    await Promise.all([page.waitForNavigation({ waitUntil: "load" }), page.click('form.filters button[type="submit"]')]);
    const url = new URL(page.url());
    expect(url.searchParams.get("actor")).toBe(actor);
    expect([...url.searchParams.keys()]).toEqual(["actor"]); // the empty fields were dropped
    const expected = (await api(`/api/incidents?limit=100&actor=${encodeURIComponent(actor)}`)).incidents as any[];
    expect(expected.length).toBeGreaterThan(0);
    expect((await cardIds(page)).sort()).toEqual(expected.map((i) => i.id).sort());
    const actorLists = await page.$$eval("article.incident", (els) =>
      els.map((e) => [...e.querySelectorAll('a[data-filter="actor"]')].map((a) => a.textContent)),
    );
    for (const actors of actorLists) expect(actors).toContain(actor);
    expect(await page.$eval('input[name="actor"]', (e) => (e as any).value)).toBe(actor);
    const feedHref = await page.$eval('nav.feeds a[href^="/feed.atom"]', (a) => a.getAttribute("href"));
    expect(new URL(feedHref!, base).searchParams.get("actor")).toBe(actor);
    await page.screenshot({ path: path.join(shots, "timeline-actor.png"), fullPage: true });
  });

  it("narrows by a place link, then opens the sources of an incident on demand", async () => {
    const place = await page.$eval('article.incident a[data-filter="place"]', (a) => a.textContent!);
    await Promise.all([page.waitForNavigation({ waitUntil: "load" }), page.click('article.incident a[data-filter="place"]')]);
    const url = new URL(page.url());
    expect(url.searchParams.get("place")).toBe(place);
    expect(url.searchParams.get("actor")).toBe(actor);
    const quoteVisible = () => page.$eval("article.incident details blockquote", (b) => (b as any).checkVisibility() as boolean);
    expect(await quoteVisible()).toBe(false);
    await page.click("article.incident details summary");
    expect(await page.$eval("article.incident details", (d) => (d as any).open)).toBe(true);
    expect(await quoteVisible()).toBe(true);
    await page.screenshot({ path: path.join(shots, "timeline-sources.png") });
  });

  it("follows an incident to its page: breadcrumb, human dates, sources side by side", async () => {
    await page.goto(`${base}/?actor=${encodeURIComponent(actor)}`, { waitUntil: "load" });
    const incidents = (await api(`/api/incidents?limit=100&actor=${encodeURIComponent(actor)}`)).incidents as any[];
    const multi = incidents.find((i) => i.sources.length > 1) ?? incidents[0];
    await Promise.all([page.waitForNavigation({ waitUntil: "load" }), page.click(`article[id="${multi.id}"] h4 a`)]);
    expect(new URL(page.url()).pathname).toBe(`/incidents/${multi.id}`);
    expect(await page.$eval("h1", (h) => h.textContent)).toBe(multi.title);
    expect(await page.$eval("main time", (t) => t.textContent)).not.toMatch(/^\d{4}-\d{2}/);
    const boxes = await page.$$eval(".sources article.source", (els) => els.map((e) => e.getBoundingClientRect().top));
    expect(boxes).toHaveLength(multi.sources.length);
    if (boxes.length > 1) expect(Math.abs(boxes[0] - boxes[1])).toBeLessThan(2); // side by side on a wide screen
    await page.screenshot({ path: path.join(shots, "incident.png"), fullPage: true });
    await Promise.all([page.waitForNavigation({ waitUntil: "load" }), page.click('nav[aria-label="Breadcrumb"] a[href="/"]')]);
    expect(new URL(page.url()).pathname).toBe("/");
  });
});
