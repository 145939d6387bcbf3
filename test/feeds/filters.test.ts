import { describe, expect, it } from "vitest";
import { actorMatches } from "../../src/merge/aliases";
import { get, getJson, ingest, KIM_EN, KIM_FR, uniqueUrl, waitForArticle } from "../helpers";

const QUAKE = {
  title: "Earthquake strikes Tokyo",
  text: "A strong earthquake struck Tokyo, Japan, on 5 March 2021, damaging buildings. Officials said rescue teams were deployed.",
  publishedAt: "2021-03-05T12:00:00Z",
  language: "en",
  source: "Quake Wire",
};

describe("filters and cursor on /api/incidents and the feeds", () => {
  it("from/to, q, kind, place, actor, lang, limit and cursor", async () => {
    for (const a of [KIM_EN, KIM_FR, QUAKE]) await waitForArticle((await ingest({ url: uniqueUrl("f"), ...a })).id);
    const all = (await getJson(`/api/incidents?limit=500`)).incidents as any[];
    expect(all.length).toBeGreaterThan(2);

    const in2021 = (await getJson(`/api/incidents?from=2021&to=2021-12-31`)).incidents as any[];
    expect(in2021.length).toBeGreaterThan(0);
    for (const i of in2021) expect(i.date.end >= "2021-01-01" && i.date.start <= "2021-12-31").toBe(true);
    const sept = (await getJson(`/api/incidents?from=2023-09&to=2023-09`)).incidents as any[];
    for (const i of sept) expect(i.date.end >= "2023-09" && i.date.start <= "2023-09-31").toBe(true);

    const q = (await getJson(`/api/incidents?q=EARTHQUAKE&limit=500`)).incidents as any[];
    expect(q.length).toBeGreaterThan(0);
    for (const i of q) expect(JSON.stringify(i).toLowerCase()).toContain("earthquake");

    const withActor = all.find((i) => i.actors.length > 0);
    expect(withActor).toBeTruthy();
    const byActor = (await getJson(`/api/incidents?limit=500&actor=${encodeURIComponent(withActor.actors[0].toUpperCase())}`)).incidents as any[];
    expect(byActor.map((i) => i.id)).toContain(withActor.id);
    for (const i of byActor) expect(i.actors.some((a: string) => actorMatches(a, withActor.actors[0]))).toBe(true);
    expect((await getJson(`/api/incidents?actor=Nobody%20Atall`)).incidents).toEqual([]);

    const withPlace = all.find((i) => i.places.length > 0);
    expect(withPlace).toBeTruthy();
    const byPlace = (await getJson(`/api/incidents?limit=500&place=${encodeURIComponent(withPlace.places[0])}`)).incidents as any[];
    expect(byPlace.map((i) => i.id)).toContain(withPlace.id);

    // Filters are alias-aware: a French spelling finds the English one, a last name the full name.
    const withPutin = all.filter((i) => i.actors.some((a: string) => actorMatches(a, "Vladimir Putin")));
    expect(withPutin.length).toBeGreaterThan(0);
    const byAlias = (await getJson(`/api/incidents?limit=500&actor=${encodeURIComponent("Vladimir Poutine")}`)).incidents as any[];
    expect(byAlias.map((i) => i.id).sort()).toEqual(withPutin.map((i) => i.id).sort());
    const byLastName = (await getJson(`/api/incidents?limit=500&actor=Putin`)).incidents as any[];
    expect(byLastName.map((i) => i.id).sort()).toEqual(withPutin.map((i) => i.id).sort());
    // A description in lower case is not part of the name; a fuller name than the articles write falls back to its longest part they do.
    const described = (await getJson(`/api/incidents?limit=500&actor=${encodeURIComponent("Putin president")}`)).incidents as any[];
    expect(described.map((i) => i.id).sort()).toEqual(withPutin.map((i) => i.id).sort());
    const fuller = (await getJson(`/api/incidents?limit=500&actor=${encodeURIComponent("Kremlin Vladimir Putin")}`)).incidents as any[];
    expect(fuller.map((i) => i.id).sort()).toEqual(withPutin.map((i) => i.id).sort());
    expect((await getJson(`/api/incidents?actor=${encodeURIComponent("Nobody Atall Either")}`)).incidents).toEqual([]);
    const inRussia = all.filter((i) => i.places.includes("Russia"));
    expect(inRussia.length).toBeGreaterThan(0);
    const byRussie = (await getJson(`/api/incidents?limit=500&place=Russie`)).incidents as any[];
    expect(byRussie.map((i) => i.id).sort()).toEqual(inRussia.map((i) => i.id).sort());

    const kind = all[0].kind;
    const byKind = (await getJson(`/api/incidents?limit=500&kind=${kind}`)).incidents as any[];
    expect(byKind.length).toBe(all.filter((i) => i.kind === kind).length);

    const fr = (await getJson(`/api/incidents?limit=500&lang=fr`)).incidents as any[];
    expect(fr.length).toBeGreaterThan(0);
    for (const i of fr) expect(i.languages).toContain("fr");
    expect(fr.length).toBeLessThan(all.length);

    // Cursor pagination walks every incident exactly once, in order.
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: any = await getJson(`/api/incidents?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
      expect(page.incidents.length).toBeLessThanOrEqual(2);
      seen.push(...page.incidents.map((i: any) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.map((i) => i.id));

    // Feeds take the same filters, and page with next_url.
    const jf = (await (await get(`/feed.json?lang=fr&limit=500`)).json()) as any;
    expect(jf.items.length).toBe(fr.length);
    const feedIds: string[] = [];
    let next: string | undefined = "/feed.json?limit=2";
    while (next) {
      const page: any = await (await get(next.replace(/^https?:\/\/[^/]+/, ""))).json();
      feedIds.push(...page.items.map((i: any) => i.id));
      next = page.next_url;
    }
    expect(feedIds.length).toBe(all.length);
    expect(new Set(feedIds).size).toBe(all.length);
  });
});
