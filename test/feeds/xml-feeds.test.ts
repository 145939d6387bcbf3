import { XMLParser, XMLValidator } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { BASE, get, getJson, ingest, KIM_EN, KIM_FR, uniqueUrl, waitForArticle } from "../helpers";

const REPEATED = new Set(["entry", "link", "category", "author", "item", "atom:link", "dc:creator"]);
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", isArray: (name) => REPEATED.has(name) });
/** RFC 3339 date-time (Atom's date construct). */
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const isAbsoluteIri = (s: string) => /^[a-z][a-z0-9+.-]*:\S+$/i.test(s);
const textOf = (v: any): string => (typeof v === "string" ? v : v?.["#text"] ?? "");

const QUAKE = {
  title: "Earthquake strikes Tokyo",
  text: "A strong earthquake struck Tokyo, Japan, on 5 March 2021, damaging buildings. Officials said rescue teams were deployed.",
  publishedAt: "2021-03-05T12:00:00Z",
  language: "en",
  source: "Quake Wire",
};

const FR_ONLY = {
  title: "Inondations dans le Gard",
  text: "De violentes inondations ont frappé Nîmes le 14 octobre 2024, selon la préfecture. Le ministre de l'Intérieur s'est rendu à Nîmes le 16 octobre 2024.",
  publishedAt: "2024-10-16T09:00:00Z",
  language: "fr",
  source: "Midi Presse",
};

async function fetchXml(path: string) {
  const res = await get(path.replace(/^https?:\/\/[^/]+/, ""));
  expect(res.status, path).toBe(200);
  const body = await res.text();
  expect(XMLValidator.validate(body), `${path} is well-formed XML`).toBe(true);
  return { res, doc: parser.parse(body) };
}

/** Follows rel="next" from `first`, returning each page. */
async function walk(first: string, pageOf: (doc: any) => { links: any[] }) {
  const pages: any[] = [];
  let next: string | undefined = first;
  while (next && pages.length < 50) {
    const { doc } = await fetchXml(next);
    pages.push(doc);
    next = pageOf(doc).links.find((l) => l["@_rel"] === "next")?.["@_href"];
  }
  return pages;
}

beforeAll(async () => {
  for (const a of [KIM_EN, KIM_FR, QUAKE, FR_ONLY]) await waitForArticle((await ingest({ ...a, url: uniqueUrl("xml") })).id);
});

describe("Atom 1.0: each RFC 4287 rule the W3C validator checks", () => {
  it("feed and entries are valid, and pages chain with rel=next (RFC 5005)", async () => {
    const total = (await getJson("/api/incidents?limit=500")).incidents.length;
    expect(total).toBeGreaterThan(3);
    const pages = await walk("/feed.atom?limit=2", (d) => ({ links: d.feed.link }));
    expect(pages.length).toBe(Math.ceil(total / 2));
    const ids: string[] = [];
    for (const [n, { feed }] of pages.entries()) {
      expect(feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
      // atom:feed: exactly one id (an IRI), title, updated (RFC 3339).
      for (const el of ["id", "title", "updated"]) expect(Array.isArray(feed[el]), el).toBe(false);
      expect(isAbsoluteIri(feed.id)).toBe(true);
      expect(feed.id).toBe(`${BASE}/feed.atom?limit=2`); // one id for every page of the feed
      expect(textOf(feed.title).length).toBeGreaterThan(0);
      expect(feed.updated).toMatch(RFC3339);
      // The feed has an author, and so does every entry.
      expect(feed.author[0].name.length).toBeGreaterThan(0);
      // Links: one self (this page), one HTML alternate (the timeline page, not JSON), first, next but on the last page.
      const rels = (rel: string) => feed.link.filter((l: any) => l["@_rel"] === rel);
      expect(rels("self")).toHaveLength(1);
      expect(rels("alternate")).toHaveLength(1);
      expect(rels("alternate")[0]["@_type"]).toBe("text/html");
      expect(new URL(rels("alternate")[0]["@_href"]).pathname).toBe("/");
      expect(rels("first")[0]["@_href"]).toBe(`${BASE}/feed.atom?limit=2`);
      expect(rels("next")).toHaveLength(n === pages.length - 1 ? 0 : 1);
      for (const e of feed.entry) {
        for (const el of ["id", "title", "updated"]) expect(Array.isArray(e[el]), el).toBe(false);
        expect(isAbsoluteIri(e.id)).toBe(true);
        ids.push(e.id);
        expect(textOf(e.title).length).toBeGreaterThan(0);
        expect(e.updated).toMatch(RFC3339);
        expect(e.published).toMatch(RFC3339);
        expect(Date.parse(e.published)).toBeLessThanOrEqual(Date.parse(e.updated));
        expect(Date.parse(e.updated)).toBeLessThanOrEqual(Date.parse(feed.updated));
        expect(e.author.length).toBeGreaterThan(0);
        for (const a of e.author) expect(typeof a.name === "string" && a.name.length > 0).toBe(true);
        expect(e.category.length).toBeGreaterThan(0);
        for (const c of e.category) {
          expect(typeof c["@_term"] === "string" && c["@_term"].length > 0, "category term").toBe(true);
          expect(isAbsoluteIri(c["@_scheme"])).toBe(true);
        }
        const alternates = e.link.filter((l: any) => (l["@_rel"] ?? "alternate") === "alternate");
        expect(alternates).toHaveLength(1);
        expect(alternates[0]["@_href"]).toMatch(new RegExp(`^${BASE}/incidents/`));
        expect(e.content["@_type"]).toBe("html");
        expect(e.summary["@_type"]).toBe("text");
      }
      // No two entries share an updated value (the validator's "DuplicateUpdated").
      const updated = feed.entry.map((e: any) => e.updated);
      expect(new Set(updated).size).toBe(updated.length);
    }
    // Every incident exactly once across the pages, each id unique.
    expect(ids.length).toBe(total);
    expect(new Set(ids).size).toBe(total);
  });

  it("distinct updated values are stable: the same entry has the same value in every view", async () => {
    const all = (await fetchXml("/feed.atom?limit=500")).doc.feed.entry as any[];
    const byId = new Map(all.map((e) => [e.id, e.updated]));
    const allUpdated = all.map((e) => e.updated);
    expect(new Set(allUpdated).size).toBe(allUpdated.length);
    const fr = (await fetchXml("/feed.atom?limit=500&lang=fr")).doc.feed.entry as any[];
    expect(fr.length).toBeGreaterThan(0);
    for (const e of fr) expect(e.updated).toBe(byId.get(e.id));
    // Within a second of the incident's real last change.
    const api = (await getJson("/api/incidents?limit=500&sort=updated")).incidents as any[];
    for (const i of api) {
      const shown = Date.parse(byId.get(`urn:news-timeline:incident:${i.id}`));
      expect(Math.abs(shown - Date.parse(i.updatedAt))).toBeLessThan(1000);
    }
  });
});

describe("RSS 2.0", () => {
  it("<language> when every incident is in one language, none when mixed; atom:link self, first, next", async () => {
    const frOnly = ((await getJson("/api/incidents?limit=500&q=Nîmes")).incidents as any[]);
    expect(frOnly.length).toBeGreaterThan(0);
    expect(frOnly.every((i) => i.languages.join() === "fr")).toBe(true);
    const fr = (await fetchXml("/feed.xml?q=N%C3%AEmes&limit=500")).doc.rss.channel;
    expect(fr.language).toBe("fr");
    const mixed = (await fetchXml("/feed.xml?limit=500")).doc.rss.channel;
    const langs = new Set(((await getJson("/api/incidents?limit=500")).incidents as any[]).flatMap((i) => i.languages));
    expect(langs.size).toBeGreaterThan(1);
    expect(mixed.language).toBeUndefined();
    expect(new URL(mixed.link).pathname).toBe("/");
    for (const item of mixed.item) {
      expect(item.guid["@_isPermaLink"]).toBe("false");
      expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
      expect(item["dc:creator"].length).toBeGreaterThan(0);
      expect(item.category.every((c: any) => textOf(c).length > 0)).toBe(true);
    }

    const total = mixed.item.length;
    const pages = await walk("/feed.xml?limit=3", (d) => ({ links: d.rss.channel["atom:link"] }));
    expect(pages.length).toBe(Math.ceil(total / 3));
    const guids = pages.flatMap((p) => p.rss.channel.item.map((i: any) => textOf(i.guid)));
    expect(new Set(guids).size).toBe(total);
    const selfLinks = pages.map((p) => p.rss.channel["atom:link"].find((l: any) => l["@_rel"] === "self")["@_href"]);
    expect(selfLinks[0]).toBe(`${BASE}/feed.xml?limit=3`);
    expect(selfLinks[1]).toContain("cursor=");
  });

  it("the home link of a filtered feed is the HTML timeline with the same filters", async () => {
    const ch = (await fetchXml("/feed.xml?lang=fr&kind=travel&limit=7")).doc.rss.channel;
    const home = new URL(ch.link);
    expect(home.pathname).toBe("/");
    expect(home.searchParams.get("lang")).toBe("fr");
    expect(home.searchParams.get("kind")).toBe("travel");
    expect(home.searchParams.has("limit")).toBe(false);
    const jf = (await (await get("/feed.json?actor=Kim%20Jong-un")).json()) as any;
    expect(new URL(jf.home_page_url).searchParams.get("actor")).toBe("Kim Jong-un");
  });
});
