/**
 * `npm run bench:ingest`: articles through the real queue on wrangler dev (workerd, local D1 and
 * queues), with a store of 1 000 and of 100 000 synthetic incidents (SIZES=… to choose; imported
 * with sqlite3, eval/synthetic). Two measures per size:
 *  - throughput: ARTICLES real articles posted in batches of 10, articles/s until the last is done;
 *  - latency: LATENCY articles posted one at a time, POST → its incident visible in /feed.json,
 *    p50 / p99, split into the POST itself, the queue wait + processing (received_at → processed_at,
 *    which includes max_batch_timeout) and the time until the feed shows it.
 */
import { rmSync } from "node:fs";
import path from "node:path";
import { importArchive, root } from "./synthetic/load";
import { migrateLocal, startDev } from "./synthetic/dev-server";
import { CITIES, PEOPLE, rng } from "./synthetic/store";

const SIZES = (process.env.SIZES ?? "1000,100000").split(",").map(Number);
const ARTICLES = Number(process.env.ARTICLES ?? 100);
const LATENCY = Number(process.env.LATENCY ?? 20);
const PORT = Number(process.env.PORT ?? 8803);
const TOKEN = "bench-token";
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};

let serial = 0;
function article(r: () => number) {
  const n = serial++;
  const who = PEOPLE[Math.floor(r() * PEOPLE.length)];
  const other = PEOPLE[Math.floor(r() * PEOPLE.length)];
  const city = CITIES[Math.floor(r() * CITIES.length)];
  const when = `${1 + Math.floor(r() * 28)} ${MONTHS[Math.floor(r() * 12)]} 2022`;
  return {
    url: `https://bench-ingest.invalid/${Date.now().toString(36)}-${n}`,
    title: `${who} in ${city} (${n})`,
    text: `${who} arrived in ${city} on ${when}, officials said. ${who} met ${other} in ${city} on ${when} to discuss trade, report ${n}.`,
    language: "en",
    publishedAt: "2023-01-02T08:00:00Z",
    source: `Bench Wire ${n % 7}`,
  };
}

async function post(base: string, body: unknown, attempt = 1): Promise<any> {
  const r = await fetch(`${base}/api/articles`, { method: "POST", headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" }, body: JSON.stringify(body) });
  // wrangler dev answers 503 "worker restarted mid-request" when workerd restarts; the POST is idempotent.
  if (r.status === 503 && attempt < 3) return (await r.arrayBuffer(), post(base, body, attempt + 1));
  if (r.status !== 202 && r.status !== 200) throw new Error(`POST ${r.status}: ${await r.text()}`);
  return r.json();
}

async function untilDone(base: string, id: string, timeoutMs = 120_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const a = (await (await fetch(`${base}/api/articles/${id}`)).json()) as any;
    if (a.status === "done" || a.status === "failed") return a;
    if (Date.now() > until) throw new Error(`article ${id} not processed: ${a.status}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function throughput(base: string, r: () => number) {
  const t0 = performance.now();
  const ids: string[] = [];
  for (let i = 0; i < ARTICLES; i += 10) {
    const res = await post(base, { articles: Array.from({ length: Math.min(10, ARTICLES - i) }, () => article(r)) });
    ids.push(...res.articles.map((a: any) => a.id));
  }
  for (const id of ids) await untilDone(base, id);
  return ARTICLES / ((performance.now() - t0) / 1000);
}

async function latency(base: string, r: () => number) {
  const rows: { total: number; post: number; pipeline: number; visible: number }[] = [];
  for (let i = 0; i < LATENCY; i++) {
    const t0 = performance.now();
    const res = await post(base, article(r));
    const t1 = performance.now();
    let done: any = null;
    for (;;) {
      const feed = (await (await fetch(`${base}/feed.json?limit=100`)).json()) as any;
      if (feed.items.some((it: any) => (it._incident?.sources ?? []).some((s: any) => s.articleId === res.id))) break;
      if (performance.now() - t0 > 60_000) throw new Error(`article ${res.id} never reached the feed`);
      await new Promise((r) => setTimeout(r, 25));
    }
    const t2 = performance.now();
    done = (await (await fetch(`${base}/api/articles/${res.id}`)).json()) as any;
    const pipeline = Date.parse(done.processedAt) - Date.parse(done.receivedAt);
    rows.push({ total: t2 - t0, post: t1 - t0, pipeline, visible: Math.max(0, t2 - t0 - (t1 - t0) - pipeline) });
  }
  return rows;
}

async function main() {
  const results: string[] = [];
  for (const size of SIZES) {
    const persist = path.join(root, ".tmp", `bench-ingest-${size}`);
    rmSync(persist, { recursive: true, force: true });
    const t0 = performance.now();
    importArchive(migrateLocal(persist), size);
    console.log(`bench:ingest: ${size} incidents imported in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const app = await startDev(["--persist-to", persist, "--var", `INGEST_TOKEN:${TOKEN}`], PORT);
    try {
      const r = rng(7 + size);
      await throughput(app.url, r); // warm-up (first compilations, first queue batch)
      const rate = await throughput(app.url, r);
      const rows = await latency(app.url, r);
      const f = (k: keyof (typeof rows)[number], p: number) => pct(rows.map((x) => x[k]), p).toFixed(0);
      console.log(`  ${size} incidents: ${rate.toFixed(1)} articles/s through the queue (${ARTICLES} articles in batches of 10)`);
      console.log(`  ${size} incidents: POST → feed p50 ${f("total", 50)} ms, p99 ${f("total", 99)} ms over ${LATENCY} articles (target p50 ≤ 1500, p99 ≤ 3000)`);
      console.log(`    where the time goes (p50 / p99): POST ${f("post", 50)} / ${f("post", 99)} ms; queue wait + processing (received → processed, max_batch_timeout included) ${f("pipeline", 50)} / ${f("pipeline", 99)} ms; until the feed shows it ${f("visible", 50)} / ${f("visible", 99)} ms`);
      results.push(`${size}: ${rate.toFixed(1)} articles/s, p50 ${f("total", 50)} ms, p99 ${f("total", 99)} ms`);
    } finally {
      await app.stop();
    }
  }
  console.log(`bench:ingest: ${results.join("; ")} (2 cores shared with other jobs)`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
