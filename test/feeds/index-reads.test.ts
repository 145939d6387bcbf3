/**
 * Listings read through indexes: every filter's page equals the same selection computed in JS from the
 * loaded rows (all pages, keyset cursors), and its query plan scans no table (SQLite's EXPLAIN QUERY PLAN).
 */
import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { actorMatches } from "../../src/merge/aliases";
import type { IncidentFilter } from "../../src/model/query";
import { bulkInsertIncidents, type BulkIncident } from "../../src/store/bulk";
import { decodeCursor } from "../../src/store/cursor";
import { listingSql } from "../../src/store/incident-query";
import { listIncidents } from "../../src/store/incidents";

const ACTORS = ["Zed Alpha", "Yan Beta", "Xu Gamma", "Wim Delta"];
const PLACES = ["Northtown", "Southport", "Eastvale"];
const KINDS = ["travel", "meeting", "disaster"];
const loaded: BulkIncident[] = [];

beforeAll(async () => {
  for (let i = 0; i < 600; i++) {
    const d = new Date(Date.UTC(2015, 0, 1 + ((i * 7) % 900))).toISOString().slice(0, 10);
    const coarse = i % 10 === 0;
    const date = coarse
      ? { value: d.slice(0, 7), start: `${d.slice(0, 7)}-01`, end: `${d.slice(0, 7)}-28`, granularity: "month", text: d.slice(0, 7) }
      : { value: d, start: d, end: d, granularity: "day", text: d };
    loaded.push({
      id: `inc_ix${String(i).padStart(4, "0")}`, title: `Report ${i} ${i % 13 === 0 ? "volcano" : "summit"}`, kind: KINDS[i % 3], date,
      actors: [ACTORS[i % 4]], places: [PLACES[i % 3]], languages: [i % 5 === 0 ? "fr" : "en"], memberHash: `h${i}`, sourceCount: 1,
      firstSeenAt: "2016-01-01T00:00:00Z", updatedAt: `2016-0${1 + (i % 9)}-01T00:00:${String(i % 60).padStart(2, "0")}Z`,
    });
  }
  await bulkInsertIncidents(env.DB, loaded);
});

const base = (over: Partial<IncidentFilter>): IncidentFilter => ({ limit: 7, ...over }) as IncidentFilter;

/** Every page of a listing, following the cursors. */
async function allPages(q: IncidentFilter, order: "date" | "updated") {
  const ids: string[] = [];
  let cursor: string | undefined;
  for (let n = 0; n < 200; n++) {
    const page = await listIncidents(env.DB, { ...q, cursor }, order);
    ids.push(...page.rows.map((r) => r.id));
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  return ids;
}

function expected(q: IncidentFilter, order: "date" | "updated"): string[] {
  const to = q.to ? (q.to.length === 7 ? `${q.to}-31` : q.to) : null;
  const from = q.from ? (q.from.length === 7 ? `${q.from}-01` : q.from) : null;
  return loaded
    .filter((i) => i.id.startsWith("inc_ix"))
    .filter((i) => (!q.actor || i.actors.some((a) => actorMatches(a, q.actor!))) && (!q.place || i.places.includes(q.place)) && (!q.kind || i.kind === q.kind))
    .filter((i) => (!q.lang || i.languages.includes(q.lang)) && (!q.q || i.title.toLowerCase().includes(q.q)))
    .filter((i) => (!from || i.date.end >= from) && (!to || i.date.start <= to))
    .sort((a, b) => {
      const [ka, kb] = order === "date" ? [a.date.start, b.date.start] : [a.updatedAt, b.updatedAt];
      return ka < kb ? 1 : ka > kb ? -1 : a.id < b.id ? 1 : -1;
    })
    .map((i) => i.id);
}

const CASES: [string, Partial<IncidentFilter>][] = [
  ["no filter", {}],
  ["from/to (one month)", { from: "2016-03", to: "2016-03" }],
  ["from/to (days, a month incident overlapping)", { from: "2016-05-10", to: "2016-05-20" }],
  ["from only", { from: "2017-04-01" }],
  ["to only", { to: "2015-02" }],
  ["actor", { actor: "Yan Beta" }],
  ["place and kind", { place: "Southport", kind: "travel" }],
  ["lang", { lang: "fr" }],
  ["q", { q: "volcano" }],
  ["q and actor", { q: "volcano", actor: "Zed Alpha" }],
  ["q miss", { q: "nothingmatches" }],
  ["actor and dates", { actor: "Wim Delta", from: "2015-06-01", to: "2015-12-31" }],
];

describe("listings read by index", () => {
  for (const order of ["updated", "date"] as const) {
    for (const [name, over] of CASES) {
      it(`${name}, sort=${order}: every page equals the reference selection`, async () => {
        const q = base(over);
        const ids = (await allPages(q, order)).filter((id) => id.startsWith("inc_ix"));
        expect(ids).toEqual(expected(q, order));
      });
    }
  }

  it("no query plan scans a table, with or without a cursor", async () => {
    for (const order of ["updated", "date"] as const) {
      for (const [name, over] of CASES) {
        const page = await listIncidents(env.DB, base(over), order);
        const cursor = page.nextCursor ? decodeCursor(page.nextCursor, order, base(over)) : null;
        for (const c of [null, cursor]) {
          const { sql, params } = listingSql(base(over), order, c);
          const plan = await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`).bind(...params).all<{ detail: string }>();
          const details = plan.results.map((r) => r.detail);
          const scans = details.filter((d) => /^SCAN /.test(d) && !/VIRTUAL TABLE|USING (COVERING )?INDEX/.test(d));
          expect(scans, `${name} sort=${order}: ${details.join(" | ")}`).toEqual([]);
        }
      }
    }
  });
});
