/**
 * Runs the temporal tagger on the evaluation corpora (in process) and prints TempEval-3 score tables.
 *   npm run eval:temporal [-- --record] [--errors fr|en] [--lang fr|en]
 * --record writes eval/temporal-scores.json (read by the regression test in test/temporal).
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tagTml } from "../src/cli/timeml";
import { parseTml } from "../src/cli/timeml-io";
import { Scorer, formatTable, type ScoreTable } from "../src/cli/timeml-scoring";

const CORPORA = join(import.meta.dirname, "..", "..", "shared", "corpora");
const SETS: { name: string; lang: string; dirs: string[] }[] = [
  { name: "fr-timebank-dev", lang: "fr", dirs: ["fr-timebank/dev"] },
  { name: "tempeval3-tbaq", lang: "en", dirs: ["tempeval3-tbaq/TimeBank", "tempeval3-tbaq/AQUAINT"] },
];

const args = process.argv.slice(2);
const record = args.includes("--record");
const errLang = args.includes("--errors") ? args[args.indexOf("--errors") + 1] : "";
const onlyLang = args.includes("--lang") ? args[args.indexOf("--lang") + 1] : "";

if (!existsSync(CORPORA)) {
  console.error(`corpora absent: expected them at ${CORPORA} (../shared/corpora from the repo root)`);
  process.exit(1);
}

const out: Record<string, ScoreTable> = {};
for (const set of SETS) {
  if (onlyLang && set.lang !== onlyLang) continue;
  const scorer = new Scorer();
  const errors: string[] = [];
  let ms = 0;
  let n = 0;
  for (const d of set.dirs) {
    const dir = join(CORPORA, d);
    for (const f of readdirSync(dir).filter((x) => x.endsWith(".tml")).sort()) {
      const xml = readFileSync(join(dir, f), "utf8");
      const t0 = performance.now();
      const r = tagTml(xml, set.lang);
      ms += performance.now() - t0;
      n++;
      scorer.add(r.gold, r.sys);
      if (errLang === set.lang) {
        const dct = parseTml(xml).dct;
        const ctx = (s: number, e: number) => r.text.slice(Math.max(0, s - 40), e + 30).replace(/\s+/g, " ");
        for (const g of r.gold) {
          const m = r.sys.filter((s) => s.start < g.end && g.start < s.end);
          if (!m.length) errors.push(`MISS ${g.type} ${g.value} «${g.text}» | ${ctx(g.start, g.end)} [${f} ${dct}]`);
          else if (!m.some((s) => s.value === g.value))
            errors.push(`VAL  ${g.type} ${g.value} «${g.text}» sys ${m.map((s) => `${s.type} ${s.value} «${s.text}»`).join(",")} | ${ctx(g.start, g.end)} [${dct}]`);
          else if (!m.some((s) => s.start === g.start && s.end === g.end))
            errors.push(`EXT  «${g.text}» sys «${m.map((s) => s.text).join("|")}»`);
        }
        for (const s of r.sys) {
          if (!r.gold.some((g) => s.start < g.end && g.start < s.end))
            errors.push(`FP   ${s.type} ${s.value} «${s.text}» | ${ctx(s.start, s.end)}`);
        }
      }
    }
  }
  const table = scorer.table();
  out[set.name] = table;
  console.log(formatTable(`${set.name} (${set.lang}, ${n} docs, ${(ms / n).toFixed(1)} ms/doc)`, table));
  console.log();
  if (errors.length) writeFileSync(`/tmp/temporal-errors-${set.lang}.txt`, errors.sort().join("\n") + "\n");
}

if (record) {
  const path = join(import.meta.dirname, "temporal-scores.json");
  const summary = Object.fromEntries(
    Object.entries(out).map(([k, t]) => [
      k,
      Object.fromEntries(Object.entries(t).map(([g, s]) => [g, { n: s.n, strictF1: s.strict.f, relaxedF1: s.relaxed.f, valueF1: s.value.f, typeAcc: s.typeAcc }])),
    ]),
  );
  writeFileSync(path, JSON.stringify({ recorded: new Date().toISOString().slice(0, 10), corpora: summary }, null, 2) + "\n");
  console.log(`recorded → ${path}`);
}
