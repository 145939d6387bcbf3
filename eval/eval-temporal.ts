/**
 * Runs the temporal tagger on the evaluation corpora (in process) and prints TempEval-3 score tables.
 *   npm run eval:temporal [-- --record] [--errors fr|en|de] [--lang fr|en|de]
 * --record writes eval/temporal-scores.json (read by the regression test in test/temporal).
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tagTml } from "../src/cli/timeml";
import { parseTml } from "../src/cli/timeml-io";
import { Scorer, formatTable, type ScoreTable } from "../src/cli/timeml-scoring";

const CORPORA = join(import.meta.dirname, "corpora");
const SETS: { name: string; lang: string; dirs: string[] }[] = [
  { name: "fr-timebank-dev", lang: "fr", dirs: ["fr-timebank/dev"] },
  { name: "tempeval3-tbaq", lang: "en", dirs: ["tempeval3-tbaq/TimeBank", "tempeval3-tbaq/AQUAINT"] },
  { name: "de-krauts-dev", lang: "de", dirs: ["de-krauts/dev"] },
];

const args = process.argv.slice(2);
const record = args.includes("--record");
const errLang = args.includes("--errors") ? args[args.indexOf("--errors") + 1] : "";
const onlyLang = args.includes("--lang") ? args[args.indexOf("--lang") + 1] : "";

if (!existsSync(CORPORA)) {
  console.error(`corpora absent: expected them at ${CORPORA} (eval/corpora)`);
  process.exit(1);
}

/** Error category of an expression (gold or system), for the `--errors` dump. */
/** German words of the categories below (KRAUTS). */
const DE_WD = "(?:mon|diens|mitt|donners|frei|sams|sonn)(?:tag|woch)|sonnabend";
const CATEGORIES: [string, RegExp][] = [
  ["de: weekday (+ part of day)", new RegExp(`(?:${DE_WD})`, "i")],
  ["de: clock time / part of day", /\bUhr\b|morgens|abends|nachts|Nachmittag|Vormittag|Abend|Nacht/i],
  ["de: vague ref / deictic day", /\b(?:jetzt|heute|gestern|morgen|damals|früher|derzeit|nun|bald|kürzlich|Zukunft|Vergangenheit|Gegenwart)\b/i],
  ["de: week / month / year words", /Woche|Wochenende|Monat|Jahr|Quartal|Jahrhundert/i],
  ["de: month names", /Januar|Jänner|Februar|März|April|Mai\b|Juni|Juli|August|September|Oktober|November|Dezember/i],
  ["weekday + part of day", /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?\s+(?:morning|afternoon|evening|night)s?|(?:(?:lun|mar|mercre|jeu|vendre|same)di|dimanche)\s+(?:matin|après-midi|soir))/i],
  ["weekday", /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|(?:lun|mar|mercre|jeu|vendre|same)di|dimanche)\b/i],
  ["clock time / part of day", /\d[.:]?\d*\s*[ap]\.?m|\d\s*h\b|\bheures?\b|noon|midnight|morning|afternoon|evening|night|tonight|overnight|midi|minuit|matin|après-midi|soir|nuit/i],
  ["ago / earlier / year-ago", /\bago\b|\b(?:earlier|later|before|after)$|year[-\s](?:ago|earlier)|\bil y a\b|veille|lendemain|auparavant|plus tard/i],
  ["quarter / half / period", /quarter|half|period|fiscal|trimestre|semestre|exercice/i],
  ["week / weekend", /\bweek(?:end)?s?\b|semaine|week-end/i],
  ["vague ref (now, recent, future…)", /\b(?:now|current(?:ly)?|recent(?:ly)?|future|soon|past|previously|once|already|then|yet|formerly|time|moment)\b|maintenant|actuellement|aujourd|récemment|désormais|avenir|bientôt|passé|alors|jadis/i],
  ["duration / set unit", /\b(?:years?|months?|days?|hours?|minutes?|decades?|centur(?:y|ies)|daily|weekly|annually|hourly|each|every|ans?|années?|mois|jours?|journée|décennies?|siècles?|chaque|tous|toutes)\b/i],
  ["month / day-month", /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|févr|fév|avr|mai|juin|juil|août|déc)/i],
  ["year / decade / century", /\d{2,4}|'\d\d/],
];
const categoryOf = (text: string): string => CATEGORIES.find(([, re]) => re.test(text))?.[0] ?? "other";

const out: Record<string, ScoreTable> = {};
for (const set of SETS) {
  if (onlyLang && set.lang !== onlyLang) continue;
  const scorer = new Scorer();
  const errors: string[] = [];
  let ms = 0;
  let n = 0;
  const parts: [string, Scorer][] = [];
  for (const d of set.dirs) {
    const dir = join(CORPORA, d);
    const part = new Scorer();
    parts.push([d, part]);
    for (const f of readdirSync(dir).filter((x) => x.endsWith(".tml")).sort()) {
      const xml = readFileSync(join(dir, f), "utf8");
      const t0 = performance.now();
      const r = tagTml(xml, set.lang);
      ms += performance.now() - t0;
      n++;
      scorer.add(r.gold, r.sys);
      part.add(r.gold, r.sys);
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
  // A corpus made of several parts (TimeBank + AQUAINT): the overall line of each part.
  if (parts.length > 1)
    for (const [d, p] of parts) console.log(formatTable(`  part ${d}`, { ALL: p.table().ALL }).split("\n").slice(2).join("\n").replace(/^ALL\s{7}/, `${d.split("/").pop()!.padEnd(10)} `));
  console.log();
  if (errors.length) {
    // Grouped by category (of the gold expression, or the system one for spurious mentions), then by kind.
    const byCat = new Map<string, string[]>();
    for (const e of errors) {
      const m = /«([^»]*)»/.exec(e);
      const c = categoryOf(m?.[1] ?? "");
      if (!byCat.has(c)) byCat.set(c, []);
      byCat.get(c)!.push(e);
    }
    const cats = [...byCat].sort((a, b) => b[1].length - a[1].length);
    const kinds = (l: string[]) => ["MISS", "VAL", "EXT", "FP"].map((k) => `${k.toLowerCase()} ${l.filter((e) => e.startsWith(k)).length}`).join(", ");
    const summary = cats.map(([c, l]) => `${String(l.length).padStart(4)}  ${c.padEnd(34)} ${kinds(l)}`).join("\n");
    const body = cats.map(([c, l]) => `== ${c} (${l.length}: ${kinds(l)})\n${l.sort().join("\n")}`).join("\n\n");
    const file = `/tmp/temporal-errors-${set.lang}.txt`;
    writeFileSync(file, `${summary}\n\n${body}\n`);
    console.log(`errors by category (details in ${file}):\n${summary}\n`);
  }
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
