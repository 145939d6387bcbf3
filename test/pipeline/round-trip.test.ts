import { SELF } from "cloudflare:test";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { get, getJson, ingest, KIM_EN, KIM_FR, post, uniqueUrl, waitForArticle } from "../helpers";

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_" });
const asArray = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

describe("POST → queue → consumer → D1 → API and every feed", () => {
  it("processes an article and serves its merged incidents", async () => {
    const a = await ingest({ url: uniqueUrl("en"), ...KIM_EN });
    expect(a.status).toBe("queued");
    expect(a.result).toBe("created");
    const b = await ingest({ url: uniqueUrl("fr"), ...KIM_FR });

    const art = await waitForArticle(a.id);
    expect(art.status).toBe("done");
    expect(art.language).toBe("en");
    expect(art.publishedAt).toBe(KIM_EN.publishedAt);
    expect(art.publishedAtSource).toBe("provided");
    expect(art.processedAt).toBeTruthy();
    expect(art.incidents.length).toBeGreaterThan(0);
    for (const inc of art.incidents) {
      expect(inc.id).toBeTruthy();
      expect(inc.date.value).toMatch(/^\d{4}/);
      expect(inc.date.start).toMatch(/^\d{4}-\d{2}-\d{2}/);
      expect(KIM_EN.text).toContain(inc.quote.trim().slice(0, 20));
    }
    const artB = await waitForArticle(b.id);
    expect(artB.status).toBe("done");

    // Every incident id of the article resolves to a merged incident listing the article as a source.
    for (const inc of art.incidents) {
      const merged = await getJson(`/api/incidents/${inc.id}`);
      expect(merged.sources.map((s: any) => s.articleId)).toContain(a.id);
      expect(merged.firstSeenAt <= merged.updatedAt).toBe(true);
    }
    // The 12 September arrival is reported by both articles: one merged incident, two sources.
    const list = await getJson(`/api/incidents?from=2023-09-12&to=2023-09-12&limit=500`);
    const both = list.incidents.filter((i: any) => {
      const ids = i.sources.map((s: any) => s.articleId);
      return ids.includes(a.id) && ids.includes(b.id);
    });
    expect(both.length).toBeGreaterThan(0);

    // JSON Feed 1.1
    const jf = await get("/feed.json?limit=500");
    expect(jf.status).toBe(200);
    expect(jf.headers.get("content-type")).toContain("application/feed+json");
    const feed = (await jf.json()) as any;
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(typeof feed.title).toBe("string");
    expect(Array.isArray(feed.items)).toBe(true);
    const ids = feed.items.map((i: any) => i.id);
    expect(new Set(ids).size).toBe(ids.length); // one item per incident
    for (const item of feed.items) {
      expect(typeof item.id).toBe("string");
      expect(typeof item.content_text === "string" || typeof item.content_html === "string").toBe(true);
      expect(Date.parse(item.date_published)).not.toBeNaN();
      expect(Date.parse(item.date_modified)).toBeGreaterThanOrEqual(Date.parse(item.date_published));
      expect(item._incident.date.value).toBeTruthy();
      expect(typeof item._incident.kind).toBe("string");
      expect(Array.isArray(item._incident.actors)).toBe(true);
      expect(Array.isArray(item._incident.places)).toBe(true);
      expect(item._incident.sources.length).toBeGreaterThan(0);
      const statuses = ["happened", "planned", "reported", "denied"];
      expect(statuses).toContain(item._incident.status);
      for (const s of item._incident.sources) expect(statuses).toContain(s.status);
      // The summary follows the sources: "happened" wins as soon as one source says so.
      if (item._incident.sources.some((s: any) => s.status === "happened")) expect(item._incident.status).toBe("happened");
    }
    const mergedItem = feed.items.find((i: any) => i._incident.sources.length >= 2);
    expect(mergedItem).toBeTruthy();
    // Items link to a human page of the incident.
    const page = await get(new URL(mergedItem.url).pathname);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toContain("text/html");
    const html = await page.text();
    for (const s of mergedItem._incident.sources) expect(html).toContain(s.articleId ? s.url : "");
    const incidentCount = (await getJson(`/api/incidents?limit=500`)).incidents.length;
    expect(feed.items.length).toBe(incidentCount);

    // RSS 2.0
    const rss = await get("/feed.xml?limit=500");
    expect(rss.headers.get("content-type")).toContain("application/rss+xml");
    const r = xml.parse(await rss.text());
    expect(r.rss["@_version"]).toBe("2.0");
    const self = asArray(r.rss.channel["atom:link"]).find((l: any) => l["@_rel"] === "self");
    expect(self["@_href"]).toContain("/feed.xml");
    const items = asArray(r.rss.channel.item);
    expect(items.length).toBe(feed.items.length);
    for (const it of items as any[]) {
      expect(it.guid["@_isPermaLink"]).toBe("false");
      expect(Date.parse(it.pubDate)).not.toBeNaN();
      expect(it.title).toBeTruthy();
    }

    // Atom 1.0
    const atom = await get("/feed.atom?limit=500");
    expect(atom.headers.get("content-type")).toContain("application/atom+xml");
    const at = xml.parse(await atom.text());
    expect(at.feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    const entries = asArray(at.feed.entry);
    expect(entries.length).toBe(feed.items.length);
    for (const e of entries as any[]) {
      expect(e.id).toBeTruthy();
      expect(Date.parse(e.updated)).not.toBeNaN();
      expect(Date.parse(e.published)).not.toBeNaN();
    }
    const atomSelf = asArray(at.feed.link).find((l: any) => l["@_rel"] === "self");
    expect(atomSelf["@_href"]).toContain("/feed.atom");
  });

  it("accepts an HTML body instead of text", async () => {
    const html =
      "<html><head><title>Kim in Russia</title></head><body><nav>Home | World</nav><article><h1>Kim Jong-un arrives in Russia</h1>" +
      "<p>North Korean leader Kim Jong-un arrived in Russia on Tuesday 12 September 2023 aboard his armoured train.</p>" +
      "<p>He met Vladimir Putin at the Vostochny cosmodrome on 13 September 2023.</p></article><footer>© Example</footer></body></html>";
    const a = await ingest({ url: uniqueUrl("html"), html, publishedAt: "2023-09-13T08:00:00Z" });
    const art = await waitForArticle(a.id);
    expect(art.status).toBe("done");
    expect(art.incidents.length).toBeGreaterThan(0);
    for (const i of art.incidents) expect(i.quote).not.toMatch(/<[a-z]/i);
  });

  it("a batch may repeat a URL: the last content wins, nothing is lost", async () => {
    const url = uniqueUrl("dup");
    const res = await post("/api/articles", { articles: [{ url, ...KIM_EN }, { url, ...KIM_EN }, { url, ...KIM_EN, text: `${KIM_EN.text} Edited.` }] });
    expect(res.status).toBe(202);
    const body = (await res.json()) as any;
    expect(body.articles.map((a: any) => a.result)).toEqual(["created", "unchanged", "updated"]);
    expect(new Set(body.articles.map((a: any) => a.id)).size).toBe(1);
    const art = await waitForArticle(body.articles[0].id, { version: 2 });
    expect(art.status).toBe("done");
  });

  it("answers HEAD on feeds with headers only", async () => {
    const res = await SELF.fetch("http://timeline.test/feed.xml", { method: "HEAD" });
    expect(res.status).toBe(200);
    expect(res.headers.get("etag")).toBeTruthy();
    expect(await res.text()).toBe("");
  });

  it("detects the language when it is not given", async () => {
    const { language: _l, ...fr } = KIM_FR;
    const { language: _e, ...en } = KIM_EN;
    const a = await ingest({ url: uniqueUrl("lang"), ...fr });
    const b = await ingest({ url: uniqueUrl("lang"), ...en });
    expect((await waitForArticle(a.id)).language).toBe("fr");
    expect((await waitForArticle(b.id)).language).toBe("en");
  });

  it("serves the JSON Schema the _incident extension points to", async () => {
    const feed = (await (await get("/feed.json")).json()) as any;
    const about = feed.items[0]?._incident.about as string;
    expect(about).toMatch(/\/schemas\/feed-incident-extension\.schema\.json$/);
    const res = await get(new URL(about).pathname);
    expect(res.status).toBe(200);
    expect(((await res.json()) as any).title).toContain("_incident");
    expect((await get("/schemas/nope.json")).status).toBe(404);
    expect((await get("/healthz")).status).toBe(200);
  });
});
