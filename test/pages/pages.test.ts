import { SELF } from "cloudflare:test";
import { parseHTML } from "linkedom";
import { beforeAll, describe, expect, it } from "vitest";
import { BASE, get, getJson, ingest, KIM_EN, KIM_FR, uniqueUrl, waitForArticle } from "../helpers";

const HOSTILE = {
  title: "<script>alert(1)</script> Summit",
  text: "Vladimir Putin met Kim Jong-un in Vladivostok on 25 April 2019 to discuss <b>sanctions</b> & \"security\".",
  publishedAt: "2019-04-25T10:00:00Z",
  language: "en",
  source: "<img src=x onerror=alert(2)> Wire",
};

async function page(path: string, status = 200) {
  const res = await get(path);
  expect(res.status, path).toBe(status);
  expect(res.headers.get("content-type")).toContain("text/html");
  const html = await res.text();
  return { html, document: parseHTML(html).document };
}

beforeAll(async () => {
  for (const a of [KIM_EN, KIM_FR, HOSTILE]) await waitForArticle((await ingest({ ...a, url: uniqueUrl("page") })).id);
});

describe("the timeline page at /", () => {
  it("lists every incident oldest first, grouped by month and day, with a filter form and feed links", async () => {
    const incidents = (await getJson("/api/incidents?limit=100")).incidents as any[];
    const { document } = await page("/");
    expect(document.documentElement.getAttribute("lang")).toBe("en");
    expect(document.querySelector("main")).toBeTruthy();
    const cards = [...document.querySelectorAll("article.incident")];
    expect(cards.map((c) => c.id).sort()).toEqual(incidents.map((i) => i.id).sort());
    const starts = cards.map((c) => incidents.find((i) => i.id === c.id).date.start);
    expect(starts).toEqual([...starts].sort());
    const months = [...document.querySelectorAll("h2.month")].map((h) => h.textContent);
    expect(months).toContain("September 2023");
    expect([...document.querySelectorAll("h3.day")].map((h) => h.textContent)).toContainEqual(expect.stringMatching(/^Tuesday,? 12 September 2023$/));
    const form = document.querySelector("form.filters")!;
    for (const name of ["from", "to", "q", "kind", "place", "actor", "lang"]) expect(form.querySelector(`[name="${name}"]`), name).toBeTruthy();
    for (const label of [...form.querySelectorAll("label")]) expect(label.querySelector("input,select")).toBeTruthy();
    const feeds = [...document.querySelectorAll("nav.feeds a")].map((a) => a.getAttribute("href"));
    expect(feeds).toEqual(["/feed.xml", "/feed.atom", "/feed.json", "/feed.ics", "/api/incidents.csv"]);
    expect(document.querySelector('link[rel="alternate"][type="application/atom+xml"]')).toBeTruthy();
  });

  it("applies the API's filters, keeps them in the form and the feed links, and links actors and places to filters", async () => {
    const frAll = (await getJson("/api/incidents?limit=100&lang=fr")).incidents as any[];
    const actor: string = frAll.find((i) => i.actors.length > 0 && i.places.length > 0).actors[0];
    const fr = (await getJson(`/api/incidents?limit=100&lang=fr&actor=${encodeURIComponent(actor)}`)).incidents as any[];
    expect(fr.length).toBeGreaterThan(0);
    const { document } = await page(`/?lang=fr&actor=${encodeURIComponent(actor)}`);
    expect([...document.querySelectorAll("article.incident")].map((c) => c.id).sort()).toEqual(fr.map((i) => i.id).sort());
    expect(document.querySelector('input[name="actor"]')!.getAttribute("value")).toBe(actor);
    for (const a of [...document.querySelectorAll("nav.feeds a")]) {
      const u = new URL(a.getAttribute("href")!, "http://x");
      expect(u.searchParams.get("lang")).toBe("fr");
      expect(u.searchParams.get("actor")).toBe(actor);
    }
    const placeLink = document.querySelector('article.incident a[data-filter="place"]')!;
    const u = new URL(placeLink.getAttribute("href")!, "http://x");
    expect(u.pathname).toBe("/");
    expect(u.searchParams.get("place")).toBe(placeLink.textContent);
    expect(u.searchParams.get("lang")).toBe("fr"); // narrowing keeps the other filters
  });

  it("shows each source's quote on demand and the date wordings when sources differ", async () => {
    const { document } = await page("/");
    const incidents = (await getJson("/api/incidents?limit=100")).incidents as any[];
    const multi = incidents.find((i) => i.sources.length > 1);
    expect(multi).toBeTruthy();
    const card = document.getElementById(multi.id)!;
    const details = card.querySelector("details")!;
    expect(details.hasAttribute("open")).toBe(false);
    expect(details.querySelector("summary")!.textContent).toBe(`${multi.sources.length} sources`);
    expect(details.querySelectorAll("blockquote")).toHaveLength(multi.sources.length);
    const texts = new Set(multi.sources.map((s: any) => s.dateText.toLowerCase()));
    expect(Boolean(card.querySelector(".wordings"))).toBe(texts.size > 1);
  });

  it("escapes what articles say (no markup from titles, sources or quotes)", async () => {
    const { html, document } = await page("/?from=2019&to=2019");
    expect(document.querySelectorAll("script")).toHaveLength(0);
    expect(document.querySelectorAll("main img")).toHaveLength(0);
    expect(html).toContain("&lt;img src=x onerror=alert(2)&gt;");
  });

  it("answers 400 with the form and the reasons for impossible filters", async () => {
    const { document } = await page("/?from=2023-13&kind=party", 400);
    const alert = document.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain("from");
    expect(alert.textContent).toContain("kind");
    expect(document.querySelector("form.filters")).toBeTruthy();
  });
});

describe("the incident page", () => {
  it("navigation, human dates, facts and the sources side by side", async () => {
    const incidents = (await getJson("/api/incidents?limit=100")).incidents as any[];
    const multi = incidents.find((i) => i.sources.length > 1);
    const { document } = await page(`/incidents/${multi.id}`);
    expect(document.querySelector('nav[aria-label="Breadcrumb"] a[href="/"]')).toBeTruthy();
    expect(document.querySelector("h1")!.textContent).toBe(multi.title);
    expect(document.querySelector("main time")!.textContent).not.toMatch(/^\d{4}-\d{2}-\d{2}/); // words, not ISO
    const cards = [...document.querySelectorAll(".sources article.source")];
    expect(cards).toHaveLength(multi.sources.length);
    for (const s of multi.sources) expect(cards.some((c) => c.querySelector(`a[href="${s.url}"]`))).toBe(true);
    expect(document.querySelector(`a[href="/api/incidents/${multi.id}"]`)).toBeTruthy();
    const missing = await page("/incidents/inc_missing", 404);
    expect(missing.document.querySelector("h1")!.textContent).toBe("Incident not found");
  });
});

describe("the filter form's empty fields", () => {
  it("redirect to the same filters without them", async () => {
    const res = await SELF.fetch(`${BASE}/?from=&to=&q=&actor=Poutine&place=&lang=&kind=`, { redirect: "manual" });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("/?actor=Poutine");
  });
});
