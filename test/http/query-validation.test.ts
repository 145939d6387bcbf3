import { describe, expect, it } from "vitest";
import { AUTH, get, getJson, ingest, KIM_EN, post, uniqueUrl, waitForArticle } from "../helpers";

async function error400(path: string) {
  const res = await get(path);
  expect(res.status, path).toBe(400);
  const body = (await res.json()) as any;
  expect(body.error.code).toBe("invalid_request");
  return body.error as { message: string; details: { path: string; message: string }[] };
}

const KHASAN = {
  title: "Train reaches the border",
  text: "The armoured train of Kim Jong-un arrived in Khasan on 12 September 2023, officials said.",
  publishedAt: "2023-09-12T18:00:00Z",
  language: "en",
  source: "Border Wire",
};

const MOSCOW = {
  title: "Summit in the capital",
  text: "The Chinese president Xi Jinping arrived in Moscow on 20 March 2023 for a state visit, officials said.",
  publishedAt: "2023-03-20T18:00:00Z",
  language: "en",
  source: "Capital Wire",
};

describe("query validation", () => {
  it("refuses dates the calendar does not have, and a span that ends before it starts", async () => {
    for (const bad of ["from=2023-13", "from=2023-00", "from=2023-09-31", "to=2023-02-29", "from=2023-04-00", "to=2024-02-30"]) {
      const err = await error400(`/api/incidents?${bad}`);
      expect(err.details.map((d) => d.path)).toEqual([bad.split("=")[0]]);
    }
    expect((await get("/api/incidents?from=2024-02-29&to=2024-12")).status).toBe(200);
    expect((await get("/feed.xml?from=2023-09-31")).status).toBe(400);
    const err = await error400("/api/incidents?from=2023-10&to=2023-09-30");
    expect(err.details[0].path).toBe("from");
    expect((await get("/api/incidents?from=2023-09-15&to=2023-09")).status).toBe(200);
  });

  it("names each offending field once", async () => {
    const res = await post("/api/articles", { url: "ftp://x" }, AUTH);
    expect(res.status).toBe(400);
    const details = ((await res.json()) as any).error.details as { path: string; message: string }[];
    const keys = details.map((d) => `${d.path}: ${d.message}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(details.filter((d) => d.path === "url")).toHaveLength(1);
  });

  it("a cursor carries its filters and order: refused with others, accepted with the same", async () => {
    for (const a of [KIM_EN, KHASAN]) await waitForArticle((await ingest({ ...a, url: uniqueUrl("cur") })).id);
    const first = await getJson("/api/incidents?limit=1");
    expect(first.nextCursor).toBeTruthy();
    const cursor = encodeURIComponent(first.nextCursor);
    expect((await get(`/api/incidents?limit=1&cursor=${cursor}`)).status).toBe(200);
    expect((await get(`/api/incidents?limit=5&cursor=${cursor}`)).status).toBe(200); // the page size may change
    const other = await error400(`/api/incidents?limit=1&kind=travel&cursor=${cursor}`);
    expect(other.details.map((d) => d.path)).toEqual(["cursor"]);
    expect(other.message).toMatch(/filters/);
    const sorted = await error400(`/api/incidents?limit=1&sort=updated&cursor=${cursor}`);
    expect(sorted.message).toMatch(/sort/);

    const filtered = await getJson("/api/incidents?limit=1&from=2023");
    expect(filtered.nextCursor).toBeTruthy();
    const c = encodeURIComponent(filtered.nextCursor);
    expect((await get(`/api/incidents?limit=1&from=2023&cursor=${c}`)).status).toBe(200);
    expect((await get(`/api/incidents?limit=1&cursor=${c}`)).status).toBe(400);
  });

  it("q is alias-aware like place: another language's name of a place finds it", async () => {
    await waitForArticle((await ingest({ ...MOSCOW, url: uniqueUrl("moscow") })).id);
    const byPlace = (await getJson("/api/incidents?limit=500&place=Moscou")).incidents as any[];
    expect(byPlace.length).toBeGreaterThan(0);
    const byText = (await getJson("/api/incidents?limit=500&q=Moscou")).incidents as any[];
    expect(byText.map((i) => i.id)).toEqual(expect.arrayContaining(byPlace.map((i) => i.id)));
    // The article never wrote "Moscou": the canonical name found it.
    for (const i of byText) expect(JSON.stringify(i).toLowerCase()).not.toContain("moscou");
    expect((await getJson("/api/incidents?q=Moscouvitch")).incidents).toEqual([]);
  });

  it("sort=date|updated on the API and the feeds", async () => {
    const byDate = (await getJson("/api/incidents?limit=500")).incidents as any[];
    const byDateExplicit = (await getJson("/api/incidents?limit=500&sort=date")).incidents as any[];
    expect(byDateExplicit.map((i) => i.id)).toEqual(byDate.map((i) => i.id));
    const starts = byDate.map((i) => i.date.start);
    expect(starts).toEqual([...starts].sort().reverse());
    const byUpdate = (await getJson("/api/incidents?limit=500&sort=updated")).incidents as any[];
    const updated = byUpdate.map((i) => i.updatedAt);
    expect(updated).toEqual([...updated].sort().reverse());
    const feedDefault = (await (await get("/feed.json?limit=500")).json()) as any;
    expect(feedDefault.items.map((i: any) => i.date_modified)).toEqual(updated);
    const feedByDate = (await (await get("/feed.json?limit=500&sort=date")).json()) as any;
    expect(feedByDate.items.map((i: any) => i._incident.date.start)).toEqual(starts);
    await error400("/api/incidents?sort=random");
  });
});
