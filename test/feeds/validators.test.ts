/**
 * Feed validators come from the store version: a 304 reads no incident, nor does a body already rendered
 * at this version (the Cache API, keyed on it): both work with the incident table gone.
 */
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { get, ingest, KIM_EN, uniqueUrl, waitForArticle } from "../helpers";

describe("cheap validators", () => {
  it("a conditional GET is answered from the store version alone; any merge moves the ETag", async () => {
    const a = await ingest({ url: uniqueUrl("val"), ...KIM_EN });
    await waitForArticle(a.id);
    const first = await get("/feed.json?limit=5");
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag")!;
    await first.arrayBuffer();
    // Another filter or format is another representation: another ETag at the same store version.
    const other = await get("/feed.xml?limit=5");
    expect(other.headers.get("etag")).not.toBe(etag);
    await other.arrayBuffer();

    await env.DB.prepare("ALTER TABLE incidents RENAME TO incidents_away").run();
    try {
      const conditional = await get("/feed.json?limit=5", { "if-none-match": etag });
      expect(conditional.status).toBe(304);
      expect(conditional.headers.get("etag")).toBe(etag);
      // A full answer at the same version comes from the Cache API, keyed on that version…
      const cached = await get("/feed.json?limit=5");
      expect(cached.status).toBe(200);
      expect(cached.headers.get("etag")).toBe(etag);
      expect(((await cached.json()) as { items: unknown[] }).items.length).toBeGreaterThan(0);
      // …while a representation never rendered does need the incidents.
      const uncached = await get("/feed.json?limit=6");
      expect(uncached.status).toBe(500);
      await uncached.arrayBuffer();
    } finally {
      await env.DB.prepare("ALTER TABLE incidents_away RENAME TO incidents").run();
    }
    // A clock moved outside this isolate's merges shows once the isolate's reuse of the version ends.
    await env.DB.prepare("UPDATE merge_clock SET version = version + 1 WHERE id = 1").run();
    await new Promise((r) => setTimeout(r, Number(env.VERSION_CACHE_MS ?? 0) + 50));
    const after = await get("/feed.json?limit=5", { "if-none-match": etag });
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(etag);
    await after.arrayBuffer();
  });
});
