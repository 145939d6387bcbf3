/**
 * `npm run bench:merge`: the cost of merging one more article as the store grows (1k, 10k, 100k, 1M
 * incidents; SIZES=1000,10000 to choose). A Miniflare instance provides a real local D1 (workerd's
 * SQLite); the real store and pipeline code run against it. The archive (eval/synthetic/store.ts) has
 * a realistic density: 2–5 years of dates (by size), Zipf actors and places, 20% of mentions at week,
 * month or year granularity, so the neighbourhood of a probe grows with the store; like an archive the
 * merge built, it holds no two incidents the merge would fuse, and its ids are the merge's. Probe articles are real
 * text through the real extractor, dated to a day, a month or a year of 2022, about people and cities
 * drawn from the head of the distributions. Each probe is timed in two parts: extraction, and the
 * merge (snapshot by blocking keys → incremental plan → guarded batch). Prints the median merge per
 * date level and size and the worst ratio to 1k (targets ≤ 1.5× at 100k, ≤ 2× at 1M).
 */
import { rmSync } from "node:fs";
import path from "node:path";
import { Miniflare } from "miniflare";
import { articleMentions } from "../src/pipeline/article-mentions";
import { planArticle } from "../src/pipeline/process-article";
import { getArticle, upsertArticle } from "../src/store/articles";
import { countRows } from "../src/store/bulk";
import { applyMerge } from "../src/store/merge";
import { readMergeSnapshot } from "../src/store/merge-snapshot";
import { createDatabases, hasSqlite3, importArchive, loadThroughD1, root } from "./synthetic/load";
import { CITIES, PEOPLE, rng } from "./synthetic/store";
const SIZES = (process.env.SIZES ?? "1000,10000,100000,1000000").split(",").map(Number);
const RUNS = Number(process.env.RUNS ?? 7);
const WARMUP = 3;
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
type Level = "day" | "month" | "year";
const LEVELS: Level[] = ["day", "month", "year"];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** A probe article: two incidents about head-of-distribution people and cities, dated at `level`. */
function probeText(level: Level, r: () => number): string {
  const who = PEOPLE[Math.floor(r() * Math.min(8, PEOPLE.length))];
  const other = PEOPLE[Math.floor(r() * Math.min(8, PEOPLE.length))];
  const city = CITIES[Math.floor(r() * Math.min(6, CITIES.length))];
  const m = Math.floor(r() * 12);
  const d = 1 + Math.floor(r() * 28);
  const when = level === "day" ? `on ${d} ${MONTHS[m]} 2022` : level === "month" ? `in ${MONTHS[m]} 2022` : "in 2022";
  return `${who} arrived in ${city} ${when}, officials said. ${who} met ${other} in ${city} ${when}.`;
}

async function timeProbe(db: D1Database, url: string, text: string) {
  const stored = await upsertArticle(db, { url, title: "Probe", text, language: "en", publishedAt: "2023-01-02T08:00:00Z", source: "Probe" }, new Date().toISOString());
  const article = (await getArticle(db, stored.id))!;
  const t0 = performance.now();
  const { fresh, outcome } = articleMentions(article);
  const t1 = performance.now();
  const snapshot = await readMergeSnapshot(db, article.id, fresh.map((f) => f.record));
  const t2 = performance.now();
  const plan = planArticle(snapshot, fresh);
  const t3 = performance.now();
  await applyMerge(db, { articleId: article.id, version: article.version, now: new Date().toISOString(), outcome, fresh, ...snapshot, plan });
  const t4 = performance.now();
  return { extract: t1 - t0, merge: t4 - t1, read: t2 - t1, plan: t3 - t2, commit: t4 - t3, candidates: snapshot.candidates.length, mentions: fresh.length, written: plan.incidents.length, replaced: plan.replaced.length };
}

type Timing = Awaited<ReturnType<typeof timeProbe>>;

async function main() {
  const persist = path.join(root, ".tmp", `bench-merge-${process.pid}`); // one per run: runs may overlap
  const names = SIZES.map((n) => `bench-merge-${n}`);
  const sqlite = hasSqlite3();
  const files = await createDatabases(persist, names);
  const mf = new Miniflare({
    modules: true, script: "export default { fetch() { return new Response('bench'); } }",
    d1Databases: Object.fromEntries(names.map((n, i) => [`DB${i}`, n])), d1Persist: persist,
  });
  try {
    // One database per size, loaded directly (sqlite3) or through D1.
    const dbs: D1Database[] = [];
    for (const [i, size] of SIZES.entries()) {
      const t0 = performance.now();
      const cached = sqlite && importArchive(files.get(names[i])!, size);
      const db = (await mf.getD1Database(`DB${i}`)) as unknown as D1Database;
      if (!sqlite) await loadThroughD1(db, size, 0, size);
      const counts = await countRows(db);
      console.log(`store ${size}: ${counts.incidents} incidents, ${counts.mentions} mentions, ${counts.articles} articles (loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s ${cached ? "from the archive cache" : sqlite ? "with sqlite3" : "through D1"})`);
      dbs.push(db);
    }
    // Probes round-robin over the sizes, so that the machine's load (2 shared cores) hits every size alike.
    const timings = SIZES.map(() => new Map<Level, Timing[]>(LEVELS.map((l) => [l, []])));
    for (const level of LEVELS) {
      const r = rng(1000 + LEVELS.indexOf(level));
      for (let k = 0; k < RUNS + WARMUP; k++) {
        const text = probeText(level, r); // the same probe at every size
        for (const [i, db] of dbs.entries()) {
          const t = await timeProbe(db, `https://probe.invalid/${level}/${k}`, text);
          if (k >= WARMUP) timings[i].get(level)!.push(t);
        }
      }
    }
    const medians = SIZES.map((size, i) => {
      const byLevel = new Map<Level, number>();
      for (const level of LEVELS) {
        const runs = timings[i].get(level)!;
        const med = (f: (x: Timing) => number) => median(runs.map(f));
        byLevel.set(level, med((x) => x.merge));
        console.log(
          `  ${String(size).padStart(7)} incidents, ${level.padEnd(5)} probe: merge ${med((x) => x.merge).toFixed(1)} ms (read ${med((x) => x.read).toFixed(1)}, plan ${med((x) => x.plan).toFixed(1)}, commit ${med((x) => x.commit).toFixed(1)}), extraction ${med((x) => x.extract).toFixed(1)} ms, candidates ${med((x) => x.candidates)} (max ${Math.max(...runs.map((x) => x.candidates))}), incidents written ${med((x) => x.written)} / replaced ${med((x) => x.replaced)}, ${runs.length} runs`,
        );
      }
      return byLevel;
    });
    let worst = 0;
    for (const [i, size] of SIZES.entries()) {
      if (i === 0) continue;
      const ratios = LEVELS.map((l) => medians[i].get(l)! / medians[0].get(l)!);
      const w = Math.max(...ratios);
      worst = Math.max(worst, w);
      const target = size >= 1_000_000 ? 2 : 1.5;
      console.log(`  ${size} vs ${SIZES[0]}: ${LEVELS.map((l, j) => `${l} ${ratios[j].toFixed(2)}×`).join(", ")} (target ≤ ${target}×) ${w <= target ? "OK" : "OVER TARGET"}`);
    }
    console.log(`bench:merge: ${SIZES.map((n, i) => `${n} → ${median([...medians[i].values()]).toFixed(1)} ms`).join(", ")}; worst ratio to ${SIZES[0]}: ${worst.toFixed(2)}× (2 cores shared with other jobs)`);
  } finally {
    await mf.dispose();
    rmSync(persist, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
