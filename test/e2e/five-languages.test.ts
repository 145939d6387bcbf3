/**
 * One incident told in French, English, German, Spanish and Russian (test/e2e/five-languages-articles.ts):
 * posted through the ingest API, processed by the real local queue, read back from /api/incidents and
 * /feed.json. Names cross scripts (Ким Чен Ын / Kim Jong-un, Путин / Putin / Poutine), places cross
 * spellings (Хасан / Jasán / Chassan / Khassan / Khasan), kinds are language-free.
 */
import { describe, expect, it } from "vitest";
import { get, getJson, ingest, uniqueUrl, waitForArticle } from "../helpers";
import { FIVE_LANGUAGES } from "./five-languages-articles";

const ARRIVAL_DAY = "2026-03-17";
const DEPARTURE_DAY = "2026-03-15";

interface Incident {
  id: string;
  title: string;
  kind: string;
  date: { value: string; start: string; end: string };
  actors: string[];
  places: string[];
  sources: { source?: string; language?: string; title?: string }[];
}

const publishers = (i: Incident) => [...new Set(i.sources.map((s) => s.source))].sort();
const ALL = FIVE_LANGUAGES.map((a) => a.source).sort();

async function incidentsOn(day: string, extra = ""): Promise<Incident[]> {
  return (await getJson<{ incidents: Incident[] }>(`/api/incidents?from=${day}&to=${day}&limit=100${extra}`)).incidents;
}

describe("one incident in five languages, end to end through the queue", () => {
  it("is one incident with five sources, found by the actor in every script, apart from the other incidents", async () => {
    for (const a of FIVE_LANGUAGES) {
      const { id } = await ingest({ ...a, url: uniqueUrl(`five-${a.language}`) });
      const done = await waitForArticle(id);
      expect(done.status, `${a.language}: ${JSON.stringify(done).slice(0, 300)}`).toBe("done");
    }

    // The arrival at Khasan on Tuesday: one incident, the five outlets as its sources.
    const onArrivalDay = await incidentsOn(ARRIVAL_DAY);
    const arrivals = onArrivalDay.filter((i) => i.places.includes("Khasan") && i.kind === "travel");
    expect(arrivals.map((i) => `${i.title} [${publishers(i).join(", ")}]`)).toHaveLength(1);
    const arrival = arrivals[0];
    expect(publishers(arrival)).toEqual(ALL);
    expect(arrival.date.start).toBe(ARRIVAL_DAY);
    expect(arrival.date.end).toBe(ARRIVAL_DAY);
    expect(arrival.title.split(/\s+/).length).toBeGreaterThanOrEqual(3);

    // ?actor= in three scripts and spellings finds it, and so does the Korean name in Cyrillic.
    for (const actor of ["Putin", "Poutine", "Путин", "Kim Jong-un", "Ким Чен Ын"]) {
      const found = await incidentsOn(ARRIVAL_DAY, `&actor=${encodeURIComponent(actor)}`);
      expect(found.map((i) => i.id), actor).toContain(arrival.id);
    }

    // Distinct incidents stay apart: the departure from Pyongyang two days earlier is another incident…
    // (told by all five as well: one incident of its own with the five sources).
    const departures = (await incidentsOn(DEPARTURE_DAY)).filter((i) => i.places.includes("Pyongyang"));
    expect(departures).toHaveLength(1);
    expect(departures[0].id).not.toBe(arrival.id);
    expect(publishers(departures[0])).toEqual(ALL);
    // … and so are each outlet's own incidents: Lavrov in Pyongyang on 4 March, Putin's call to Xi on 13 March, the 2023 meeting.
    const lavrov = await incidentsOn("2026-03-04", "&actor=Lavrov");
    expect(lavrov.map(publishers)).toEqual([["Agence Hexagone"]]);
    const call = await incidentsOn("2026-03-13", `&actor=${encodeURIComponent("Путин")}`);
    expect(call.map(publishers)).toEqual([["Восточное агентство"]]);
    expect(call[0].id).not.toBe(arrival.id);
    const earlier = await getJson<{ incidents: Incident[] }>(`/api/incidents?from=2023-09&to=2023-09&actor=Putin`);
    expect(earlier.incidents.map(publishers)).toEqual([["Northern Wire"]]);
    const drills = await incidentsOn("2026-03-10");
    expect(drills.map(publishers)).toEqual([["Agencia Meridiana"]]);
    // No incident is dated by a dateline (the French and Spanish stories were filed on the 18th).
    expect((await incidentsOn("2026-03-18")).map((i) => i.title)).toEqual([]);

    // The feed shows the same: one item for the arrival, with the five sources.
    const res = await get(`/feed.json?from=${ARRIVAL_DAY}&to=${ARRIVAL_DAY}&limit=100`);
    expect(res.status).toBe(200);
    const feed = (await res.json()) as { items: { id: string; title: string; _incident: { places: string[]; kind: string; sources: { source?: string }[] } }[] };
    const items = feed.items.filter((it) => it._incident.places.includes("Khasan") && it._incident.kind === "travel");
    expect(items).toHaveLength(1);
    expect([...new Set(items[0]._incident.sources.map((s) => s.source))].sort()).toEqual(ALL);
  });
});
