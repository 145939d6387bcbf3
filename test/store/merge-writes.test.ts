/**
 * A merge batch writes what the article changes and nothing else (store/merge.ts, merge-incidents.ts,
 * incident-index.ts), and what it leaves out is still right: after each step (a new article, a second
 * source joining, an edit that moves the article to another incident, the same version merged again)
 * every incident's filter terms and full-text row are exactly what its stored fields give, and nothing
 * indexes an incident that is gone. The statements of each batch are counted on the real local D1 (the
 * binding is wrapped to count, every call goes through).
 */
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { articleMentions } from "../../src/pipeline/article-mentions";
import { planArticle } from "../../src/pipeline/process-article";
import { getArticle, upsertArticle } from "../../src/store/articles";
import { incidentTerms } from "../../src/store/incident-index";
import { applyMerge } from "../../src/store/merge";
import { readMergeSnapshot } from "../../src/store/merge-snapshot";
import { uniqueUrl } from "../helpers";

/** env.DB, counting the statements of each batch. */
function counted() {
  const batches: number[] = [];
  const db = new Proxy(env.DB, {
    get(target, p) {
      if (p === "batch") return (statements: D1PreparedStatement[]) => (batches.push(statements.length), target.batch(statements));
      const v = Reflect.get(target, p) as unknown;
      return typeof v === "function" ? v.bind(target) : v;
    },
  });
  return { db, batches };
}

/** Stores `text` under `url` (a new version if it changed) and merges it step by step; returns the batch's statement count. */
async function merge(url: string, text: string, publishedAt: string): Promise<number> {
  const { db, batches } = counted();
  const stored = await upsertArticle(env.DB, { url, text, language: "en", publishedAt, source: "Wire" }, new Date().toISOString());
  const article = (await getArticle(env.DB, stored.id))!;
  const { fresh, outcome } = articleMentions(article);
  const snapshot = await readMergeSnapshot(env.DB, article.id, fresh.map((f) => f.record));
  const plan = planArticle(snapshot, fresh);
  await applyMerge(db, { articleId: article.id, version: article.version, now: new Date().toISOString(), outcome, fresh, ...snapshot, plan });
  return batches[0];
}

/** Every incident's index rows are what its stored row gives; no index row of a missing incident. */
async function expectIndexesMatchRows() {
  const rows = await env.DB.prepare("SELECT rowid AS row, id, kind, actors, places, languages, updated_at, date_start, search_text FROM incidents").all<{
    row: number; id: string; kind: string; actors: string; places: string; languages: string; updated_at: string; date_start: string; search_text: string;
  }>();
  for (const r of rows.results) {
    const want = incidentTerms({ kind: r.kind, actors: JSON.parse(r.actors), places: JSON.parse(r.places), languages: JSON.parse(r.languages) }).sort();
    const got = await env.DB.prepare("SELECT term, updated_at, date_start FROM incident_terms WHERE incident_id = ?1 ORDER BY term").bind(r.id).all<{ term: string; updated_at: string; date_start: string }>();
    expect(got.results.map((t) => t.term)).toEqual(want);
    for (const t of got.results) expect([t.updated_at, t.date_start]).toEqual([r.updated_at, r.date_start]);
    const fts = await env.DB.prepare("SELECT text FROM incident_fts WHERE rowid = ?1").bind(r.row).all<{ text: string }>();
    expect(fts.results.map((f) => f.text)).toEqual([r.search_text]);
  }
  const strays = await env.DB.prepare(
    `SELECT (SELECT count(*) FROM incident_terms WHERE incident_id NOT IN (SELECT id FROM incidents)) AS terms,
            (SELECT count(*) FROM incident_fts WHERE rowid NOT IN (SELECT rowid FROM incidents)) AS fts`,
  ).first<{ terms: number; fts: number }>();
  expect(strays).toEqual({ terms: 0, fts: 0 });
}

const ftsHits = async (word: string) =>
  (await env.DB.prepare("SELECT count(*) AS n FROM incident_fts WHERE incident_fts MATCH ?1").bind(`"${word}"`).first<{ n: number }>())!.n;

describe("a merge batch writes what the article changes", () => {
  it("new, joined, edited and re-merged articles keep every index exact, with fewer statements when less changes", async () => {
    const a = uniqueUrl("mw-a");
    const b = uniqueUrl("mw-b");
    const created = await merge(a, "Kim Jong-un arrived in Vladivostok on 3 March 2021 by train.", "2021-03-04T08:00:00Z");
    await expectIndexesMatchRows();
    expect(await ftsHits("vladivostok")).toBe(1);

    const joined = await merge(b, "Kim Jong-un arrived in Vladivostok on 3 March 2021 by train, officials said.", "2021-03-04T09:00:00Z");
    await expectIndexesMatchRows();
    const shared = await env.DB.prepare("SELECT count(*) AS n FROM incidents WHERE source_count = 2").first<{ n: number }>();
    expect(shared!.n).toBe(1);

    // The first article is edited: another city. It leaves the shared incident; the old terms and words go.
    const edited = await merge(a, "Kim Jong-un arrived in Khabarovsk on 3 March 2021 by plane.", "2021-03-04T08:00:00Z");
    await expectIndexesMatchRows();
    expect(await ftsHits("khabarovsk")).toBe(1);
    expect(await ftsHits("plane")).toBe(1);
    const vladivostok = await env.DB.prepare("SELECT incident_id FROM incident_terms WHERE term = 'p:vladivostok'").all();
    expect(vladivostok.results).toHaveLength(1); // the second article's incident only
    expect((await env.DB.prepare("SELECT count(*) AS n FROM incidents WHERE source_count = 2").first<{ n: number }>())!.n).toBe(0);

    // The same version merged again: the batch is the guards and the article's status, nothing else.
    const state = async () => (await env.DB.prepare("SELECT id, updated_at, member_hash FROM incidents ORDER BY id").all()).results;
    const before = await state();
    const again = await merge(a, "Kim Jong-un arrived in Khabarovsk on 3 March 2021 by plane.", "2021-03-04T08:00:00Z");
    expect(await state()).toEqual(before);
    await expectIndexesMatchRows();

    expect(again).toBe(4);
    expect(again).toBeLessThan(created);
    expect(created).toBeLessThanOrEqual(10);
    expect(joined).toBeGreaterThanOrEqual(created);
    expect(edited).toBeGreaterThan(again);
  });
});
