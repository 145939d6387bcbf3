/**
 * Tagging time per article vs plain chrono (`chrono.fr.parse` / `chrono.en.parse`) on the same texts.
 *   npm run bench:temporal
 * Texts: the seed articles (seeds/*.txt, French, ~3 KB) and the corpora's documents when present.
 */
import * as chrono from "chrono-node";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseTml } from "../src/cli/timeml-io";
import { tag } from "../src/temporal/index";

const ROOT = join(import.meta.dirname, "..");
const CORPORA = join(ROOT, "eval", "corpora");

interface Set { name: string; lang: "fr" | "en" | "de"; docs: { text: string; ref: string }[] }
const sets: Set[] = [];

const seedDir = join(ROOT, "seeds");
if (existsSync(seedDir)) {
  const docs = readdirSync(seedDir).filter((f) => f.endsWith(".txt")).map((f) => ({ text: readFileSync(join(seedDir, f), "utf8"), ref: "2023-09-12" }));
  if (docs.length) sets.push({ name: "seeds (fr)", lang: "fr", docs });
}
const tmlSet = (name: string, lang: "fr" | "en" | "de", dirs: string[]) => {
  const docs = dirs.flatMap((d) => {
    const dir = join(CORPORA, d);
    if (!existsSync(dir)) return [];
    return readdirSync(dir).filter((f) => f.endsWith(".tml")).map((f) => {
      const doc = parseTml(readFileSync(join(dir, f), "utf8"));
      return { text: doc.text, ref: doc.dct };
    });
  });
  if (docs.length) sets.push({ name, lang, docs });
  else console.warn(`corpora absent at ${CORPORA}: skipping ${name}`);
};
tmlSet("fr-timebank dev", "fr", ["fr-timebank/dev"]);
tmlSet("tempeval3 TBAQ (en)", "en", ["tempeval3-tbaq/TimeBank", "tempeval3-tbaq/AQUAINT"]);
tmlSet("KRAUTS dev (de)", "de", ["de-krauts/dev"]);

/** CPU time (not wall time: the machine is shared) per call of fn, in ms. */
function time(fn: () => void, minMs = 400): number {
  let n = 0;
  const c0 = process.cpuUsage();
  let spent = 0;
  do {
    fn();
    n++;
    const c = process.cpuUsage(c0);
    spent = (c.user + c.system) / 1000;
  } while (spent < minMs);
  return spent / n;
}

console.log("set                      docs  avg KB   tagger ms/doc   chrono ms/doc   ratio");
let worst = 0;
for (const s of sets) {
  const parser = chrono[s.lang];
  const runTag = () => { for (const d of s.docs) tag(d.text, { referenceDate: d.ref, language: s.lang }); };
  const runChrono = () => { for (const d of s.docs) parser.parse(d.text, new Date(d.ref)); };
  runTag(); runChrono(); // warm-up (JIT, lazily built locales)
  // Alternate rounds and keep the best of each: the CPU is shared, so single timings are noisy.
  let a = Infinity;
  let b = Infinity;
  for (let round = 0; round < 9; round++) {
    a = Math.min(a, time(runTag, 250) / s.docs.length);
    b = Math.min(b, time(runChrono, 250) / s.docs.length);
  }
  const kb = s.docs.reduce((x, d) => x + d.text.length, 0) / s.docs.length / 1024;
  worst = Math.max(worst, a / b);
  console.log(`${s.name.padEnd(24)} ${String(s.docs.length).padStart(5)} ${kb.toFixed(1).padStart(7)} ${a.toFixed(3).padStart(15)} ${b.toFixed(3).padStart(15)} ${(a / b).toFixed(2).padStart(7)}×`);
}
console.log(`worst ratio ${worst.toFixed(2)}× (target ≤ 3×)`);
