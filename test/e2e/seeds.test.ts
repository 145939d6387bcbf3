import { applyD1Migrations, env, reset } from "cloudflare:test";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import manifest from "../../seeds/manifest.json";
import { integrityReport } from "../../src/store/integrity";
import { get, getJson, post, waitForArticle } from "../helpers";

// workerd has no fs: Vite inlines the seed texts at build time.
const texts = import.meta.glob("../../seeds/*.txt", { query: "?raw", import: "default", eager: true }) as Record<string, string>;

interface SeedEntry {
  file: string;
  url: string;
  title?: string;
  source?: string;
  publishedAt?: string;
  language?: string;
}
const seeds = (manifest as SeedEntry[]).map((m) => {
  const text = texts[`../../seeds/${m.file}`];
  if (!text) throw new Error(`seed file ${m.file} not bundled`);
  return {
    url: m.url,
    text,
    ...(m.title ? { title: m.title } : {}),
    ...(m.source ? { source: m.source } : {}),
    ...(m.publishedAt ? { publishedAt: m.publishedAt } : {}),
    ...(m.language ? { language: m.language } : {}),
  };
});

async function freshDb() {
  await reset();
  await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
}

/** Ingest one article at a time, each processed before the next, so the merge runs in this order. */
async function ingestInOrder(order: number[]) {
  for (const i of order) {
    const res = await post("/api/articles", seeds[i]);
    expect(res.status).toBe(202);
    const { id } = (await res.json()) as { id: string };
    const art = await waitForArticle(id, { timeoutMs: 30_000 });
    expect(art.status, JSON.stringify(art.error)).toBe("done");
  }
}

/** The merged feed without timestamps: what must not depend on ingestion order. */
async function feedState() {
  const feed = (await (await get("/feed.json?limit=500")).json()) as any;
  return feed.items
    .map((item: any) => ({
      id: item.id,
      title: item.title,
      date: item._incident.date,
      kind: item._incident.kind,
      actors: [...item._incident.actors].sort(),
      places: [...item._incident.places].sort(),
      sources: item._incident.sources.map((s: any) => `${s.articleId}|${s.quote}`).sort(),
    }))
    .sort((a: any, b: any) => a.id.localeCompare(b.id));
}

describe("the seed articles", () => {
  it("are all bundled with their manifest entries", () => {
    expect(seeds).toHaveLength(5);
  });

  it("produce dated, merged feed items, and the merged feed does not depend on ingestion order", async () => {
    await freshDb();
    await ingestInOrder([0, 1, 2, 3, 4]);
    const forward = await feedState();
    expect(await integrityReport(env.DB)).toEqual({ danglingMentions: 0, emptyIncidents: 0, unassignedMentions: 0, wrongSourceCounts: 0 });
    expect(forward.length).toBeGreaterThan(0);
    for (const item of forward) expect(item.date.value).toMatch(/^\d{4}/);
    expect(forward.some((i: any) => i.date.start.startsWith("2023-09"))).toBe(true);
    expect(forward.some((i: any) => new Set(i.sources.map((s: string) => s.split("|")[0])).size >= 2), "some incident merges several articles").toBe(true);

    // RSS carries the same items.
    const rss = new XMLParser({ ignoreAttributes: false }).parse(await (await get("/feed.xml?limit=500")).text());
    const rssItems = [rss.rss.channel.item ?? []].flat();
    expect(rssItems.length).toBe(forward.length);

    expect((await getJson(`/api/incidents?limit=500`)).incidents.length).toBe(forward.length);

    await freshDb();
    await ingestInOrder([4, 2, 0, 3, 1]);
    const shuffled = await feedState();
    expect(await integrityReport(env.DB)).toEqual({ danglingMentions: 0, emptyIncidents: 0, unassignedMentions: 0, wrongSourceCounts: 0 });
    expect(shuffled).toEqual(forward);
  }, 120_000);
});
