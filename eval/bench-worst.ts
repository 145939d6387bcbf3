/**
 * `npm run bench:worst`: pathological articles through the pure core (extractArticle + planMerge of
 * the article's mentions) at 10 KB, 100 KB and 1 MB. Each run is a fresh Node process, so that the
 * figures of one input do not leak into the next. Prints per input and size: CPU time, wall time,
 * heap growth (V8 total heap after the run − before, a proxy for its peak: V8 does not shrink the heap
 * within a run), peak RSS growth, incidents and warnings; then the growth exponent between sizes
 * (log(time ratio) / log(size ratio): ≤ 1 means time grows at most linearly, i.e. ≤ 2× per 2× of input).
 *
 *   npm run bench:worst                 # every input
 *   npm run bench:worst -- monday html-nested   # some inputs
 *
 * Targets: exponent ≤ 1, and for the largest accepted article (1 MB) < 1 s CPU and < 64 MB heap.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import v8 from "node:v8";
import { extractArticle } from "../src/extract";
import type { ArticleInput } from "../src/extract/types";
import { INPUTS, text } from "./worst-inputs";
import { mentionId, planMerge } from "../src/merge";
import { lookupPlacesBySpelling } from "../src/places";
import type { MentionRecord } from "../src/merge/types";

const SIZES = [10_000, 100_000, 1_000_000];
function mentionsOf(input: ArticleInput) {
  const r = extractArticle(input, { receivedAt: "2023-09-13T09:00:00Z" });
  const records: MentionRecord[] = r.incidents.map((inc) => ({
    id: mentionId("art_bench", inc.key), articleId: "art_bench", language: r.language, kind: inc.kind, status: inc.status,
    title: inc.title, quote: inc.quote, trigger: inc.trigger, date: inc.date, actors: inc.actors, places: inc.places, publishedAt: r.publishedAt,
  }));
  planMerge(records);
  return r;
}

/** One input at one size, in this process: prints one JSON line. */
function child(name: string, size: number) {
  // Warm-up: locale set-up, gazetteer, JIT (not part of one article's cost). The gazetteer's spelling index is built
  // per first letter on the first lookup of that letter (~0.1 s each): every letter once, as a long-lived isolate has.
  for (const letter of "abcdefghijklmnopqrstuvwxyz") lookupPlacesBySpelling(`${letter.toUpperCase()}qxzqx`);
  for (let i = 0; i < 3; i++) {
    mentionsOf(text("Kim Jong-un arrived in Moscow on Tuesday 12 September 2023 and met Vladimir Putin in Vladivostok, Russia."));
    mentionsOf(text("Le président est arrivé à Paris lundi 4 septembre 2023 et a rencontré Olaf Scholz à Berlin.", "fr"));
  }
  const input = INPUTS[name](size);
  const chars = (input.text ?? input.html ?? "").length;
  (globalThis as { gc?: () => void }).gc?.();
  const heap0 = v8.getHeapStatistics().total_heap_size;
  const rss0 = process.memoryUsage().rss;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const r = mentionsOf(input);
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const heap = v8.getHeapStatistics().total_heap_size - heap0;
  const rss = process.resourceUsage().maxRSS * 1024 - rss0;
  const maxQuote = Math.max(0, ...r.incidents.map((i) => i.quote.length));
  console.log(JSON.stringify({ name, size, chars, cpuMs: (cpu.user + cpu.system) / 1000, wallMs: wall, heapMB: heap / 2 ** 20, rssMB: Math.max(0, rss) / 2 ** 20, incidents: r.incidents.length, maxQuote, textChars: r.text.length, warnings: r.warnings.map((w) => w.split(":")[0]) }));
}

type Row = { name: string; size: number; chars: number; cpuMs: number; wallMs: number; heapMB: number; rssMB: number; incidents: number; maxQuote: number; textChars: number; warnings: string[] };

function parent(names: string[]) {
  const self = new URL(import.meta.url).pathname;
  const rows: Row[] = [];
  console.log("| input | size | CPU ms | wall ms | heap MB | RSS MB | incidents | longest quote | text kept | warnings |");
  console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|");
  for (const name of names) {
    for (const size of SIZES) {
      const out = execFileSync(process.execPath, ["--expose-gc", "--import", "tsx", self, "--child", name, String(size)], {
        cwd: path.dirname(path.dirname(self)), encoding: "utf8", maxBuffer: 1 << 24,
      });
      const row = JSON.parse(out.trim().split("\n").pop()!) as Row;
      rows.push(row);
      console.log(`| ${name} | ${size / 1000} KB | ${row.cpuMs.toFixed(0)} | ${row.wallMs.toFixed(0)} | ${row.heapMB.toFixed(1)} | ${row.rssMB.toFixed(1)} | ${row.incidents} | ${row.maxQuote} | ${row.textChars} | ${row.warnings.join(", ") || "–"} |`);
    }
  }
  console.log("\nGrowth exponent of CPU time (≤ 1: at most linear) and the largest article against the targets:");
  let ok = true;
  for (const name of names) {
    const r = rows.filter((x) => x.name === name);
    const exps = r.slice(1).map((x, i) => Math.log(Math.max(x.cpuMs, 1) / Math.max(r[i].cpuMs, 1)) / Math.log(x.size / r[i].size));
    const big = r[r.length - 1];
    const pass = exps.every((e) => e <= 1.05) && big.cpuMs < 1000 && big.heapMB < 64;
    ok &&= pass;
    console.log(`${pass ? "ok  " : "FAIL"} ${name}: exponents ${exps.map((e) => e.toFixed(2)).join(", ")}; 1 MB: ${big.cpuMs.toFixed(0)} ms CPU, ${big.heapMB.toFixed(1)} MB heap`);
  }
  console.log(ok ? "all inputs within the targets" : "some inputs miss the targets");
}

const args = process.argv.slice(2);
if (args[0] === "--child") child(args[1], Number(args[2]));
else parent(args.length ? args : Object.keys(INPUTS));
