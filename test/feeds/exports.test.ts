import { parse as parseCsv } from "csv-parse/sync";
import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";
import { BASE, get, getJson, ingest, KIM_EN, KIM_FR, uniqueUrl, waitForArticle } from "../helpers";

const FORUM = {
  title: "Forum, \"economic\" talks in Vladivostok",
  text: "The Eastern Economic Forum took place in Vladivostok from 10 to 13 September 2023, organisers said.",
  publishedAt: "2023-09-13T12:00:00Z",
  language: "en",
  source: "Forum Daily, Inc.",
};

beforeAll(async () => {
  for (const a of [KIM_EN, KIM_FR, FORUM]) await waitForArticle((await ingest({ ...a, url: uniqueUrl("exp") })).id);
});

async function calendar(path: string) {
  const res = await get(path);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toContain("text/calendar");
  const text = await res.text();
  for (const line of text.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75); // folded lines
  const vcal = new ICAL.Component(ICAL.parse(text));
  return { text, vcal, events: vcal.getAllSubcomponents("vevent") };
}

describe("/feed.ics (RFC 5545), parsed with ical.js", () => {
  it("one VEVENT per incident: all-day over its span, stable UID, SEQUENCE, LAST-MODIFIED, DESCRIPTION with sources", async () => {
    const incidents = (await getJson("/api/incidents?limit=500")).incidents as any[];
    const { vcal, events } = await calendar("/feed.ics");
    expect(vcal.getFirstPropertyValue("version")).toBe("2.0");
    expect(String(vcal.getFirstPropertyValue("prodid"))).toContain("news-timeline");
    expect(events.length).toBe(incidents.length);
    const uids = events.map((e) => String(e.getFirstPropertyValue("uid")));
    expect(new Set(uids).size).toBe(uids.length);
    for (const i of incidents) {
      const ev = events.find((e) => String(e.getFirstPropertyValue("uid")).startsWith(`${i.id}@`));
      expect(ev, i.id).toBeTruthy();
      const event = new ICAL.Event(ev!);
      expect(event.startDate.isDate).toBe(true);
      expect(event.startDate.toString()).toBe(i.date.start);
      // DTEND is exclusive: the day after the last day of the span.
      const last = new Date(`${i.date.end ?? i.date.start}T00:00:00Z`);
      expect(event.endDate.toString()).toBe(new Date(last.getTime() + 86_400_000).toISOString().slice(0, 10));
      expect(event.summary).toBe(i.title);
      for (const s of i.sources) expect(event.description).toContain(s.url);
      expect(event.description).toContain(i.sources[0].quote.slice(0, 30));
      expect(ev!.getFirstPropertyValue("last-modified")!.toString().slice(0, 19)).toBe(i.updatedAt.slice(0, 19));
      expect(Number(ev!.getFirstPropertyValue("sequence"))).toBeGreaterThanOrEqual(0);
      expect(String(ev!.getFirstPropertyValue("url"))).toBe(`${BASE}/incidents/${i.id}`);
    }
    const forum = incidents.find((i) => i.date.end && i.date.end !== i.date.start);
    expect(forum, "a ranged incident").toBeTruthy();
  });

  it("the same filters as the API; a later source bumps SEQUENCE and LAST-MODIFIED, the UID stays", async () => {
    const fr = (await getJson("/api/incidents?limit=500&lang=fr")).incidents as any[];
    expect((await calendar("/feed.ics?lang=fr")).events.length).toBe(fr.length);
    expect((await get("/feed.ics?from=2023-02-30")).status).toBe(400);

    const uidOf = (e: any) => String(e.getFirstPropertyValue("uid")).split("@")[0];
    const before = new Map((await calendar("/feed.ics")).events.map((e) => [uidOf(e), e]));
    await new Promise((r) => setTimeout(r, 1100));
    const later = { ...KIM_EN, source: "Late Wire", publishedAt: "2023-09-14T08:00:00Z", text: `${KIM_EN.text} Officials confirmed it.` };
    await waitForArticle((await ingest({ ...later, url: uniqueUrl("late") })).id);
    const grown = ((await getJson("/api/incidents?limit=500")).incidents as any[]).filter(
      (i) => before.has(i.id) && i.sources.some((s: any) => s.source === "Late Wire"),
    );
    expect(grown.length, "the later source joined existing incidents").toBeGreaterThan(0);
    const after = new Map((await calendar("/feed.ics")).events.map((e) => [uidOf(e), e]));
    for (const i of grown) {
      const [b, a] = [before.get(i.id)!, after.get(i.id)!];
      expect(a, "same UID after the update").toBeTruthy();
      expect(Number(a.getFirstPropertyValue("sequence"))).toBeGreaterThan(Number(b.getFirstPropertyValue("sequence")));
      expect(a.getFirstPropertyValue("last-modified")!.toString() > b.getFirstPropertyValue("last-modified")!.toString()).toBe(true);
      expect(String(a.getFirstPropertyValue("description"))).toContain("Late Wire");
    }
  });
});

describe("/api/incidents.csv (RFC 4180), parsed with csv-parse", () => {
  it("a header and one row per incident; commas, quotes and line breaks survive", async () => {
    const incidents = (await getJson("/api/incidents?limit=500")).incidents as any[];
    const res = await get("/api/incidents.csv");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    const text = await res.text();
    expect(text.endsWith("\r\n")).toBe(true);
    const rows = parseCsv(text, { columns: true, relax_quotes: false, relax_column_count: false }) as Record<string, string>[];
    expect(rows.length).toBe(incidents.length);
    expect(rows.map((r) => r.id)).toEqual(incidents.map((i) => i.id)); // same order as the API (by date)
    for (const i of incidents) {
      const r = rows.find((x) => x.id === i.id)!;
      expect(r.title).toBe(i.title);
      expect(r.start).toBe(i.date.start);
      expect(r.actors).toBe(i.actors.join("; "));
      expect(Number(r.source_count)).toBe(i.sources.length);
      expect(r.source_urls.split(" ")).toEqual(i.sources.map((s: any) => s.url));
    }
    expect(rows.some((r) => r.publishers.includes("Forum Daily, Inc."))).toBe(true);
  });

  it("same filters and paging: Link rel=next walks every row once", async () => {
    const all = (await getJson("/api/incidents?limit=500&kind=travel")).incidents as any[];
    const ids: string[] = [];
    let next: string | null = "/api/incidents.csv?kind=travel&limit=1";
    while (next) {
      const res = await get(next.replace(BASE, ""));
      expect(res.status).toBe(200);
      const rows = parseCsv(await res.text(), { columns: true }) as Record<string, string>[];
      expect(rows.every((r) => r.kind === "travel")).toBe(true);
      ids.push(...rows.map((r) => r.id));
      next = /<([^>]+)>;\s*rel="next"/.exec(res.headers.get("link") ?? "")?.[1] ?? null;
    }
    expect(ids).toEqual(all.map((i) => i.id));
    expect((await get("/api/incidents.csv?kind=party")).status).toBe(400);
  });
});
