/**
 * `npm run bench:merge`: merging one more article must not get slower as the store grows.
 * A Miniflare instance provides a real local D1 (workerd's SQLite); the real store and pipeline code
 * run against it through Miniflare's D1 binding. The store is bulk-loaded with 1 000 synthetic
 * mentions (2 per incident, 10 per day, a mix of day/week/month/year spans) in the 100 days before
 * 2023-09-30, then 99 000 more in the years up to 2022-12-31 (same density and mix). The probe
 * article's neighbourhood (its dates, 11–17 September 2023) is thus the same at both sizes and only
 * the store size changes. One real article is processed (extract → candidates by date index →
 * planMerge → atomic batch) several times at each size; the medians and their ratio are printed
 * (target ≤ 1.5×), with the candidate lookup timed on its own.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Miniflare } from "miniflare";
import { processArticle } from "../src/pipeline/process-article";
import { upsertArticle } from "../src/store/articles";
import {
  applySchema, bulkInsertArticles, bulkInsertIncidents, bulkInsertMentions, countRows,
  type BulkArticle, type BulkIncident, type BulkMention,
} from "../src/store/bulk";
import { addDays } from "../src/store/dates";
import { loadCandidates } from "../src/store/mentions";

const root = path.join(path.dirname(new URL(import.meta.url).pathname), "..");
const SIZES = [1_000, 100_000];
const RUNS = Number(process.env.RUNS ?? 9);
const PER_DAY = 10;
const RECENT_LAST_DAY = "2023-09-30";
const OLDER_LAST_DAY = "2022-12-31";
const MENTIONS_PER_ARTICLE = 4;

const ACTORS = ["Kim Jong-un", "Vladimir Putin", "Joe Biden", "Xi Jinping", "Emmanuel Macron", "Olaf Scholz", "Sergei Shoigu", "Yoon Suk-yeol"];
const PLACES = ["Vladivostok", "Moscow", "Pyongyang", "Seoul", "Beijing", "Paris", "Berlin", "Khasan", "Tokyo", "Kyiv"];
const KINDS = ["travel", "meeting", "statement", "agreement", "military"] as const;

// Deterministic pseudo-random numbers.
let seed = 42;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];

function spanFor(day: string): { value: string; start: string; end: string; granularity: string } {
  const r = rnd();
  if (r < 0.8) return { value: day, start: day, end: day, granularity: "day" };
  if (r < 0.9) return { value: `${day}-W`, start: day, end: addDays(day, 6), granularity: "week" };
  if (r < 0.98) {
    const m = day.slice(0, 7);
    return { value: m, start: `${m}-01`, end: addDays(`${m}-28`, 0), granularity: "month" };
  }
  const y = day.slice(0, 4);
  return { value: y, start: `${y}-01-01`, end: `${y}-12-31`, granularity: "year" };
}

/** Synthetic mentions from index `from` to `to` (exclusive): 2 mentions (from 2 articles) per incident. */
function synth(from: number, to: number, lastDay: string) {
  const articles: BulkArticle[] = [];
  const mentions: BulkMention[] = [];
  const incidents: BulkIncident[] = [];
  const at = "2023-10-01T00:00:00.000Z";
  for (let i = from; i < to; i += 2) {
    const day = addDays(lastDay, -Math.floor((i - from) / PER_DAY));
    const span = spanFor(day);
    const kind = pick(KINDS);
    const actors = [pick(ACTORS)];
    const places = [pick(PLACES)];
    const incId = `inc_syn${i}`;
    const title = `${actors[0]} ${kind} in ${places[0]} #${i}`;
    for (const j of [i, i + 1]) {
      const articleId = `art_syn${Math.floor(j / MENTIONS_PER_ARTICLE)}`;
      if (j % MENTIONS_PER_ARTICLE === 0) {
        articles.push({ id: articleId, url: `https://synthetic.invalid/${articleId}`, title: `Synthetic ${articleId}`, source: "Synthetic", text: "(synthetic)", language: "en", publishedAt: `${day}T12:00:00Z`, receivedAt: at });
      }
      mentions.push({
        record: {
          id: `m_syn${j}`, articleId, language: "en", kind, status: "happened", title, quote: `${title}, synthetic sentence ${j}.`,
          trigger: kind, date: { ...span, text: span.value }, actors, places, publishedAt: `${day}T12:00:00Z`,
        },
        incidentId: incId, sentenceIndex: j % MENTIONS_PER_ARTICLE, contentHash: `h${j}`, storedAt: at,
      });
    }
    incidents.push({ id: incId, title, kind, date: { ...span, text: span.value }, actors, places, languages: ["en"], memberHash: `mh${i}`, sourceCount: 2, firstSeenAt: at, updatedAt: at });
  }
  return { articles, mentions, incidents };
}

const PROBE_TEXT =
  "North Korean leader Kim Jong-un arrived in Russia on Tuesday 12 September 2023 aboard his armoured train, state media said. " +
  "He met Vladimir Putin at the Vostochny cosmodrome on 13 September 2023. " +
  "Kim Jong-un left Vladivostok on 17 September 2023 after a visit to a Pacific Fleet base. " +
  "Putin travelled to Vladivostok on 11 September 2023 for the Eastern Economic Forum.";

const WARMUP = 5;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function timeMerges(db: D1Database, label: string): Promise<number> {
  const times: number[] = [];
  let candidates = 0;
  for (let r = 0; r < RUNS + WARMUP; r++) {
    const a = await upsertArticle(db, { url: `https://probe.invalid/${label}/${r}`, title: "Kim Jong-un in Russia", text: PROBE_TEXT, language: "en", publishedAt: "2023-09-18T08:00:00Z", source: "Probe" }, new Date().toISOString());
    const t0 = performance.now();
    await processArticle({ DB: db }, { articleId: a.id, version: a.version });
    const dt = performance.now() - t0;
    // The first runs warm up the JIT, code paths and caches; without them the first size measured pays for it.
    // The warm-up articles stay in the store (same dates as the probe), which only makes later runs costlier.
    if (r >= WARMUP) times.push(dt);
    if (r === 0) {
      const art = await db.prepare("SELECT count(*) AS n FROM mentions WHERE article_id = ?1").bind(a.id).first<{ n: number }>();
      candidates = art?.n ?? 0;
    }
  }
  const m = median(times);
  console.log(`  ${label}: merge one more article (${candidates} mentions) median ${m.toFixed(1)} ms over ${RUNS} runs [${times.map((t) => t.toFixed(0)).join(", ")}]`);
  // The lookup alone: the probe's spans through the (span_class, date_start) index.
  const spans = ["2023-09-11", "2023-09-12", "2023-09-13", "2023-09-17"].map((d) => ({ start: d, end: d }));
  const lookups: number[] = [];
  let found = 0;
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    found = (await loadCandidates(db, spans as never, "none")).length;
    lookups.push(performance.now() - t0);
  }
  console.log(`  ${label}: candidate lookup alone median ${median(lookups).toFixed(1)} ms (${found} candidates incl. incident members)`);
  return m;
}

async function main() {
  const mf = new Miniflare({
    modules: true,
    script: "export default { fetch() { return new Response('bench'); } }",
    d1Databases: { DB: "bench-merge" },
  });
  try {
    const db = (await mf.getD1Database("DB")) as unknown as D1Database;
    const migrations = readdirSync(path.join(root, "migrations")).filter((f) => f.endsWith(".sql")).sort();
    await applySchema(db, migrations.map((f) => readFileSync(path.join(root, "migrations", f), "utf8")));

    const results: number[] = [];
    let loaded = 0;
    for (const size of SIZES) {
      const t0 = performance.now();
      const { articles, mentions, incidents } = synth(loaded, size, loaded === 0 ? RECENT_LAST_DAY : OLDER_LAST_DAY);
      await bulkInsertArticles(db, articles);
      await bulkInsertIncidents(db, incidents);
      await bulkInsertMentions(db, mentions);
      loaded = size;
      const counts = await countRows(db);
      console.log(`store: ${counts.mentions} mentions, ${counts.incidents} incidents, ${counts.articles} articles (loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
      results.push(await timeMerges(db, `${size}`));
    }
    const ratio = results[1] / results[0];
    console.log(`bench:merge ${SIZES[0]} → ${results[0].toFixed(1)} ms, ${SIZES[1]} → ${results[1].toFixed(1)} ms, ratio ${ratio.toFixed(2)}× (target ≤ 1.5×) ${ratio <= 1.5 ? "OK" : "OVER TARGET"}`);
    process.exitCode = ratio <= 1.5 ? 0 : 1;
  } finally {
    await mf.dispose();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
