import { describe, expect, it } from "vitest";
import { get, ingest, KIM_EN, uniqueUrl, waitForArticle } from "../helpers";

describe("conditional GET on feeds", () => {
  for (const path of ["/feed.json", "/feed.xml", "/feed.atom"]) {
    it(`${path}: ETag / Last-Modified, 304, and a new ETag after a change`, async () => {
      const a = await ingest({ url: uniqueUrl("cond"), ...KIM_EN });
      await waitForArticle(a.id);
      const first = await get(path);
      expect(first.status).toBe(200);
      const etag = first.headers.get("etag")!;
      const lastModified = first.headers.get("last-modified")!;
      expect(etag).toMatch(/^"[0-9a-f]+"$/);
      expect(Date.parse(lastModified)).not.toBeNaN();
      await first.arrayBuffer();

      const byEtag = await get(path, { "if-none-match": etag });
      expect(byEtag.status).toBe(304);
      expect(byEtag.headers.get("etag")).toBe(etag);
      expect(await byEtag.text()).toBe("");
      expect((await get(path, { "if-none-match": `"other", W/${etag}` })).status).toBe(304);
      expect((await get(path, { "if-modified-since": lastModified })).status).toBe(304);
      expect((await get(path, { "if-modified-since": new Date(Date.parse(lastModified) - 60_000).toUTCString() })).status).toBe(200);
      expect((await get(path, { "if-none-match": '"stale"' })).status).toBe(200);
      // If-None-Match wins over If-Modified-Since.
      expect((await get(path, { "if-none-match": '"stale"', "if-modified-since": lastModified })).status).toBe(200);

      await new Promise((r) => setTimeout(r, 1100)); // Last-Modified has one-second resolution
      const b = await ingest({ url: uniqueUrl("cond"), ...KIM_EN, text: `Kim Jong-un visited Khabarovsk on ${10 + Math.floor(Math.random() * 18)} March 2019.` });
      await waitForArticle(b.id);
      const changed = await get(path, { "if-none-match": etag, "if-modified-since": lastModified });
      expect(changed.status).toBe(200);
      expect(changed.headers.get("etag")).not.toBe(etag);
      expect(Date.parse(changed.headers.get("last-modified")!)).toBeGreaterThan(Date.parse(lastModified));
      await changed.arrayBuffer();
    });
  }
});
