import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { get, getJson, ingest, uniqueUrl, waitForArticle } from "../helpers";

const article = {
  text: "Kim Jong-un arrived in Vladivostok on 21 October 2024 by train.",
  language: "en",
  publishedAt: "2024-10-22T08:00:00Z",
};

const later = { ...article, publishedAt: "2024-10-23T08:00:00Z" };
// The rename case uses another event, so that it does not join the first test's incident.
const other = { text: "Kim Jong-un arrived in Khabarovsk on 25 November 2024 by train.", language: "en", publishedAt: "2024-11-26T08:00:00Z" };
const earlier = { ...other, publishedAt: "2024-11-25T20:00:00Z" };

describe("incident ids as sources arrive", () => {
  it("a source published later joins the incident without renaming it", async () => {
    const a = await ingest({ url: uniqueUrl("stable-a"), ...article });
    const id = (await waitForArticle(a.id)).incidents[0].id;
    const b = await ingest({ url: uniqueUrl("stable-b"), ...later });
    expect((await waitForArticle(b.id)).incidents[0].id).toBe(id);
    const inc = await getJson(`/api/incidents/${id}`);
    expect(inc.sources.map((s: any) => s.articleId).sort()).toEqual([a.id, b.id].sort());
  });

  it("an incident renamed by a backfilled, earlier-published source keeps answering at its old id (301)", async () => {
    // planMerge names a cluster after its earliest published mention: ingesting an article
    // published before the first one renames the incident.
    const a = await ingest({ url: uniqueUrl("rename-a"), ...other });
    const oldId = (await waitForArticle(a.id)).incidents[0].id;
    const b = await ingest({ url: uniqueUrl("rename-b"), ...earlier });
    const newId = (await waitForArticle(b.id)).incidents[0].id;
    expect(newId).not.toBe(oldId);
    expect((await getJson(`/api/articles/${a.id}`)).incidents[0].id).toBe(newId);

    const res = await get(`/api/incidents/${oldId}`, {});
    // SELF.fetch follows redirects: the old id lands on the renamed incident.
    expect(res.status).toBe(200);
    const inc = (await res.json()) as any;
    expect(inc.id).toBe(newId);
    expect(inc.sources.map((s: any) => s.articleId).sort()).toEqual([a.id, b.id].sort());
    const manual = await SELF.fetch(`http://timeline.test/incidents/${oldId}`, { redirect: "manual" });
    expect(manual.status).toBe(301);
    expect(manual.headers.get("location")).toBe(`/incidents/${newId}`);
  });
});
