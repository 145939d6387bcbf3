/**
 * `npm run bench:serve`: the project's read endpoints against a hello-world Worker, both on wrangler
 * dev (workerd, local D1). The project's local D1 (under .tmp/bench-serve) gets the migrations and a
 * synthetic archive of N incidents (default 100 000; eval/synthetic) imported with sqlite3; then
 * autocannon (CONNECTIONS connections, DURATION seconds per line) runs on each endpoint and on hello.
 * Prints req/s, p50, p99 and the ratios to hello per line, and a last line with the worst ratios.
 * Targets at 100k: throughput ≥ 0.5× hello, p99 ≤ 2× hello; a 304 ≥ 0.8×.
 */
import { rmSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { importIntoFile, root } from "./synthetic/load";
import { migrateLocal, startDev } from "./synthetic/dev-server";
import { CITIES, PEOPLE } from "./synthetic/store";

const N = Number(process.env.INCIDENTS ?? 100_000);
const DURATION = Number(process.env.DURATION ?? 10);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 10);
const PORT = Number(process.env.PORT ?? 8803);
const HELLO_PORT = Number(process.env.HELLO_PORT ?? 8804);

interface Line { name: string; rps: number; p50: number; p99: number; status: string }

async function cannon(name: string, url: string, headers: Record<string, string> = {}): Promise<Line> {
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers });
  const codes = Object.entries({ "2xx": r["2xx"], "3xx": r["3xx"], "4xx": r["4xx"], "5xx": r["5xx"] }).filter(([, n]) => n > 0).map(([k, n]) => `${k}:${n}`).join(" ");
  return { name, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, status: `${codes}${r.errors ? ` errors:${r.errors}` : ""}${r.timeouts ? ` timeouts:${r.timeouts}` : ""}` };
}

async function json(url: string) {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url}: ${r.status} ${await r.text()}`);
  return r.json() as Promise<any>;
}

async function main() {
  const persist = path.join(root, ".tmp", "bench-serve");
  rmSync(persist, { recursive: true, force: true });
  const t0 = performance.now();
  importIntoFile(migrateLocal(persist), N, 0, N);
  console.log(`bench:serve: ${N} incidents imported in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const app = await startDev(["--persist-to", persist], PORT);
  const hello = await startDev([], HELLO_PORT, path.join(root, "eval", "hello"));
  try {
    const base = app.url;
    // Targets picked from the data: an incident, a cursor 19 pages in, an ETag.
    const first = await json(`${base}/api/incidents?limit=50`);
    const incidentId = first.incidents[0].id;
    let next: string | null = (await json(`${base}/feed.json`)).next_url ?? null;
    for (let p = 2; p < 20 && next; p++) next = (await json(next)).next_url ?? null;
    const feedPage20 = next ?? `${base}/feed.json`;
    const etag = (await fetch(`${base}/feed.json`)).headers.get("etag") ?? "";
    const actor = encodeURIComponent(PEOPLE[3]);
    const place = encodeURIComponent(CITIES[2]);
    const targets: [string, string, Record<string, string>?][] = [
      ["/feed.json", `${base}/feed.json`],
      ["/feed.xml", `${base}/feed.xml`],
      ["/api/incidents", `${base}/api/incidents`],
      ["/incidents/:id", `${base}/incidents/${incidentId}`],
      ["/feed.json 304", `${base}/feed.json`, { "if-none-match": etag }],
      ["/feed.json?from&to (one month)", `${base}/feed.json?from=2022-03-01&to=2022-03-31`],
      [`/feed.json?actor=${PEOPLE[3]}`, `${base}/feed.json?actor=${actor}`],
      [`/feed.json?place=${CITIES[2]}`, `${base}/feed.json?place=${place}`],
      ["/feed.json?q (hit: a rare name)", `${base}/feed.json?q=${encodeURIComponent("Person 4321")}`],
      ["/feed.json?q (miss)", `${base}/feed.json?q=zzyzxqqq`],
      ["/feed.json page 20 (cursor)", feedPage20],
    ];
    const ref = await cannon("hello world", `${hello.url}/`);
    const lines: Line[] = [];
    for (const [name, url, headers] of targets) lines.push(await cannon(name, url, headers));
    const ref2 = await cannon("hello world (again)", `${hello.url}/`);
    const helloRps = (ref.rps + ref2.rps) / 2;
    const helloP99 = (ref.p99 + ref2.p99) / 2;
    const fmt = (l: Line) =>
      `${l.name.padEnd(38)} ${l.rps.toFixed(0).padStart(6)} req/s  p50 ${String(l.p50).padStart(4)} ms  p99 ${String(l.p99).padStart(5)} ms  ×${(l.rps / helloRps).toFixed(2)} throughput  ×${(l.p99 / Math.max(1, helloP99)).toFixed(2)} p99  [${l.status}]`;
    console.log(`(${CONNECTIONS} connections, ${DURATION} s per line, 2 cores shared with other jobs)`);
    for (const l of [ref, ...lines, ref2]) console.log(fmt(l));
    const worstRps = Math.min(...lines.map((l) => l.rps / helloRps));
    const worstP99 = Math.max(...lines.map((l) => l.p99 / Math.max(1, helloP99)));
    console.log(`bench:serve: worst throughput ratio ${worstRps.toFixed(2)}, worst p99 ratio ${worstP99.toFixed(2)} at ${N} incidents`);
  } finally {
    await app.stop();
    await hello.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
