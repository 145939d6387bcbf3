import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract";
import { mentionId } from "../../src/merge";
import { articleIdForUrl } from "../../src/store/articles";
import { get, getJson, ingest, uniqueUrl, waitForArticle } from "../helpers";

const article = {
  text: "Kim Jong-un arrived in Vladivostok on 21 October 2024 by train.",
  language: "en",
  publishedAt: "2024-10-22T08:00:00Z",
};

async function smallestMention(url: string): Promise<string> {
  const id = await articleIdForUrl(url);
  const r = extractArticle({ url, ...article }, { receivedAt: new Date().toISOString() });
  return r.incidents.map((i) => mentionId(id, i.key)).sort()[0];
}

describe("renamed incidents", () => {
  it("an incident renamed by a later merge keeps answering at its old id (301)", async () => {
    // planMerge names a cluster after its smallest mention id: pick a second article whose
    // mention sorts first, so that merging it renames the first article's incident.
    const urlA = uniqueUrl("rename-a");
    const mA = await smallestMention(urlA);
    expect(mA, "the sentence yields an incident").toBeTruthy();
    let urlB = "";
    for (let i = 0; i < 64 && !urlB; i++) {
      const u = uniqueUrl(`rename-b${i}`);
      if ((await smallestMention(u)) < mA) urlB = u;
    }
    expect(urlB).not.toBe("");

    const a = await ingest({ url: urlA, ...article });
    const oldId = (await waitForArticle(a.id)).incidents[0].id;
    const b = await ingest({ url: urlB, ...article });
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
