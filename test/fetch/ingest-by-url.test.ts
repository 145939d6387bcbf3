import { describe, expect, inject, it } from "vitest";
import { getJson, post, waitForArticle } from "../helpers";

const server = inject("pageServer");
/** A distinct URL per test on the same page (the fragment is ignored, the query is not). */
let n = 0;
const pageUrl = (path: string) => `${server}${path}?t=${Date.now().toString(36)}-${++n}`;

describe("ingest by URL: the queue consumer fetches the page", () => {
  it("{ url } alone is accepted at once, fetched, extracted and merged", async () => {
    const url = pageUrl("/article.html");
    const res = await post("/api/articles", { url, source: "Loopback News" });
    expect(res.status).toBe(202);
    const { id } = (await res.json()) as any;
    const art = await waitForArticle(id);
    expect(art.status).toBe("done");
    expect(art.title).toBe("Kim Jong-un arrives in Vladivostok");
    expect(art.incidents.length).toBeGreaterThan(0);
    expect(art.incidents.map((i: any) => i.date.value)).toContain("2019-04-24");
    for (const i of art.incidents) expect(i.quote).not.toMatch(/Home \| World/); // the page's navigation is dropped
    const incident = await getJson(`/api/incidents/${art.incidents[0].id}`);
    expect(incident.sources.map((s: any) => s.url)).toContain(url);
  });

  it("a page that cannot be used ends as the article's failed reason, after the queue's retries", async () => {
    for (const [path, reason] of [["/json", /not text\/html/], ["/missing", /404/], ["/redirect/7", /redirects/]] as const) {
      const res = await post("/api/articles", { url: pageUrl(path) });
      expect(res.status).toBe(202);
      const art = await waitForArticle(((await res.json()) as any).id, { status: ["failed"], timeoutMs: 20_000 });
      expect(art.status).toBe("failed");
      expect(art.error).toMatch(reason);
    }
  });

  it("POST /api/extract with a url alone fetches the page for the dry run; a failed fetch is a 502", async () => {
    const res = await post("/api/extract", { url: pageUrl("/article.html") });
    expect(res.status).toBe(200);
    const r = (await res.json()) as any;
    expect(r.title).toBe("Kim Jong-un arrives in Vladivostok");
    expect(r.incidents.length).toBeGreaterThan(0);
    const bad = await post("/api/extract", { url: pageUrl("/json") });
    expect(bad.status).toBe(502);
    const err = ((await bad.json()) as any).error;
    expect(err.code).toBe("fetch_failed");
    expect(err.details[0].path).toBe("url");
  });
});
