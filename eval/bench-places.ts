/**
 * npm run bench:places — the places module on real news text: first-use table build time, then
 * longestPlaceAt at every capitalised word of the TimeML corpora in eval/corpora (English
 * AQUAINT, French TimeBank, German KRAUTS), with throughput and the places found most often
 * (to judge precision by eye). Prints figures only; no targets.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { longestPlaceAt, lookupPlace } from "../src/places";

const ROOT = path.join(import.meta.dirname, "corpora");
const CORPORA: [string, string][] = [["en", "tempeval3-tbaq/AQUAINT"], ["fr", "fr-timebank/dev"], ["de", "de-krauts/dev"]];

function texts(dir: string): string[] {
  const full = path.join(ROOT, dir);
  return readdirSync(full).filter((f) => f.endsWith(".tml")).map((f) => {
    const xml = readFileSync(path.join(full, f), "utf8");
    const body = xml.match(/<TEXT>([\s\S]*?)<\/TEXT>/)?.[1] ?? xml;
    return body.replace(/<[^>]+>/g, "").replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">");
  });
}

function scan(lang: string, docs: string[]) {
  const found = new Map<string, number>();
  let words = 0;
  let hits = 0;
  const cpu0 = process.cpuUsage();
  for (const text of docs) {
    let after = 0; // words inside a name already found ("Jersey" in "New Jersey") are not starts
    for (const m of text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}/gu)) {
      words++;
      if (m.index! < after) continue;
      const hit = longestPlaceAt(text, m.index!, lang);
      if (!hit) continue;
      after = hit.end;
      hits++;
      const label = `${text.slice(m.index!, hit.end)}→${hit.place.canonical} (${hit.place.type})`;
      found.set(label, (found.get(label) ?? 0) + 1);
    }
  }
  const cpu = process.cpuUsage(cpu0);
  const ms = (cpu.user + cpu.system) / 1000;
  const top = [...found].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 12)).map(([l, n]) => `${l} ×${n}`);
  console.log(`${lang}: ${docs.length} docs, ${words} capitalised words, ${hits} places, ${(ms / words * 1000).toFixed(1)} µs CPU per word`);
  console.log(`  most found: ${top.join("; ")}`);
}

const t0 = performance.now();
const cpu0 = process.cpuUsage();
lookupPlace("Moscou");
const cpu = process.cpuUsage(cpu0);
console.log(`tables built on first use in ${(performance.now() - t0).toFixed(0)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU`);
for (const [lang, dir] of CORPORA) scan(lang, texts(dir));
