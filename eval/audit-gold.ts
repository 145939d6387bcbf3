/**
 * Audits the gold annotations of the evaluation corpora: finds gold TIMEX3 values that no reading of
 * the expression against the document creation time can give under the TimeML guidelines (the
 * annotation is internally inconsistent or off-guideline), counts how many of the tagger's value errors
 * fall on them, and prints value F1 with and without them. It checks only what is decidable from the
 * expression and the DCT alone, so it under-counts: ambiguous conventions ("a year ago" = 1988, 1988-Q3
 * or 1988-10-26 in the same corpus) are left in.
 *   npm run eval:audit [-- --lang en|fr] [--list]
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { tagTml } from "../src/cli/timeml";
import { parseTml, type Timex } from "../src/cli/timeml-io";
import { emptyCounts, scoreDoc, toScores } from "../src/cli/timeml-scoring";
import { addDays, utc, weekValue } from "../src/temporal/common/calendar";
import { EN_PARTS_OF_DAY, EN_WEEKDAYS } from "../src/languages/en/temporal/constants";
import { FR_PARTS_OF_DAY, FR_WEEKDAYS } from "../src/languages/fr/temporal/constants";

const CORPORA = join(import.meta.dirname, "corpora");
const SETS = [
  { name: "tempeval3-tbaq", lang: "en", dirs: ["tempeval3-tbaq/TimeBank", "tempeval3-tbaq/AQUAINT"] },
  { name: "fr-timebank-dev", lang: "fr", dirs: ["fr-timebank/dev"] },
];
const args = process.argv.slice(2);
const onlyLang = args.includes("--lang") ? args[args.indexOf("--lang") + 1] : "";
const list = args.includes("--list");

/** Weekday numbers and part-of-day codes of both languages, from the tagger's own lexicons. */
const WEEKDAYS: Record<string, number> = { ...EN_WEEKDAYS, ...FR_WEEKDAYS };
const POD_CODE: Record<string, string> = { ...EN_PARTS_OF_DAY, ...FR_PARTS_OF_DAY };
const PARTS = /\b(?:mornings?|afternoons?|evenings?|nights?|tonight|overnight|nocturnes?|matin|après-midi|soir|soirée|nuit)\b/i;
const dayOf = (v: string) => (/^\d{4}-\d\d-\d\d/.test(v) ? utc(+v.slice(0, 4), +v.slice(5, 7), +v.slice(8, 10)) : null);

/** Why a gold value is unreachable for a guideline-conformant tagger, or null. */
function unreachable(g: Timex, dct: Date, text: string): string | null {
  const t = g.text.trim().replace(/[.,;:'"`]+$/, "").toLowerCase();
  const v = g.value;
  // 1. Value syntax off the guidelines for what the expression says.
  if (/^\d{4}$/.test(t.replace(/^(?:in|since|by)\s+/, "")) && v !== t.replace(/^(?:in|since|by)\s+/, "")) return "bare year, other value";
  if (/\b\d{3}0s\b|\b'\d0s\b|\bthe\s+(?:nineteen|twenty)/.test(t) && /X$/.test(v)) return "decade written 198X (guidelines: 198)";
  if (/^\d{4}-W\d$/.test(v)) return "ill-formed week (W7 for W07)";
  if (/century/.test(t) && /^\d{2}XX$/.test(v)) return "century written 19XX (guidelines: 19)";
  if (/^P\d*[XL\d]*[ECL]$/.test(v) && /(?:decade|centur|thousand|millen)/.test(t)) return "duration unit E/C/L for decades/centuries";
  // 2. A weekday with nothing else dating it ("Tuesday", "noon Saturday", "9 a.m. Tuesday"): the value
  // must be that weekday within a week of the DCT.
  const wdName = /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday|dimanche|lundi|mardi|mercredi|jeudi|vendredi|samedi)\b/.exec(t);
  const wd = /^(?:on\s+|last\s+|this\s+|next\s+|early\s+|late\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday|dimanche|lundi|mardi|mercredi|jeudi|vendredi|samedi)$/.exec(t);
  const otherDating = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|févr|avr|mai|juin|juil|août|déc|week|semaine|ago|before|after|previous|following|avant|après|dernier|prochain|premier|first|second|third|fourth|printemps|été|automne|hiver|spring|summer|autumn|fall|winter|easter|pâques|noël|christmas)|\d{3,}|\b\d{1,2}(?![\d:.\s]*(?:[ap]\.?m|h\b|heures?))/.test(t.replace(/\b\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?/g, ""));
  if (wdName && !otherDating && !/\b(?:last|next|past|coming|dernier|prochain)\b/.test(t)) {
    const d = dayOf(v);
    if (d && d.getUTCDay() !== WEEKDAYS[wdName[1]]) return "weekday value on another weekday";
    if (d && Math.abs(+d - +dct) > 7.5 * 86400000) return "weekday more than a week from the DCT";
  }
  // 3. Weekday + part of day: the guidelines give a TIME with the part of day.
  const wdp = /^(?:on\s+)?(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|dimanche|lundi|mardi|mercredi|jeudi|vendredi|samedi)\s+(morning|afternoon|evening|night|matin|après-midi|soir|soirée|nuit)$/.exec(t);
  if (wdp && !v.endsWith(`T${POD_CODE[wdp[1]]}`)) return "part of day dropped or changed";
  if (/^tonight$/.test(t) && !/TNI$/.test(v)) return "part of day dropped or changed";
  // "Friday night": the extent stops before the part of day that the same noun phrase holds.
  if (wd && /^\s+(?:morning|afternoon|evening|night|matin|après-midi|soir|nuit)\b/i.test(text.slice(g.end, g.end + 12)) && !/T[A-Z]{2}$/.test(v)) return "part of day left out of the extent";
  // 4. Deictic weeks: last/this/next week is the ISO week before/of/after the DCT.
  const wk = /^(?:early\s+|late\s+|earlier\s+)?(last|this|next)\s+week$/.exec(t);
  if (wk) {
    const want = weekValue(addDays(dct, wk[1] === "last" ? -7 : wk[1] === "next" ? 7 : 0));
    if (v !== want) return "deictic week not the DCT's ISO week ±1";
  }
  // 5. Calendar expressions annotated as durations.
  if (/^(?:this|last|next)\s+(?:week|month|year)$|^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/.test(t) && /^P/.test(v)) return "calendar reference annotated as a duration";
  // 6. Day and month written in the text, another day or month in the value.
  const dm = /^(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:,\s*(\d{4}))?$/.exec(t);
  if (dm && /^\d{4}-\d\d-\d\d$/.test(v)) {
    const m = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].indexOf(dm[1].slice(0, 3)) + 1;
    if (+v.slice(5, 7) !== m || +v.slice(8, 10) !== +dm[2] || (dm[3] && v.slice(0, 4) !== dm[3])) return "day/month/year of the text not in the value";
  }
  // (a part of day shared by coordination counts: "Monday and Tuesday nights")
  if (!PARTS.test(t) && !PARTS.test(text.slice(g.end, g.end + 25)) && /T(?:MO|AF|EV|NI)$/.test(v)) return "part of day the text does not say";
  return null;
}

if (!existsSync(CORPORA)) {
  console.error(`corpora absent: expected them at ${CORPORA}`);
  process.exit(1);
}
for (const set of SETS) {
  if (onlyLang && set.lang !== onlyLang) continue;
  const all = emptyCounts();
  const kept = emptyCounts();
  const classes = new Map<string, { gold: number; ours: number; examples: string[] }>();
  let valueErrors = 0;
  let onBad = 0;
  for (const d of set.dirs) {
    for (const f of readdirSync(join(CORPORA, d)).filter((x) => x.endsWith(".tml")).sort()) {
      const xml = readFileSync(join(CORPORA, d, f), "utf8");
      const r = tagTml(xml, set.lang);
      const dctValue = parseTml(xml).dct;
      const dct = utc(+dctValue.slice(0, 4), +dctValue.slice(5, 7), +dctValue.slice(8, 10));
      scoreDoc(r.gold, r.sys, all);
      const bad = new Set<Timex>();
      for (const g of r.gold) {
        const why = unreachable(g, dct, r.text);
        const sys = r.sys.filter((s) => s.start < g.end && g.start < s.end);
        const wrong = sys.length > 0 && !sys.some((s) => s.value === g.value);
        if (wrong) valueErrors++;
        if (!why) continue;
        bad.add(g);
        const c = classes.get(why) ?? { gold: 0, ours: 0, examples: [] };
        c.gold++;
        if (wrong || !sys.length) {
          c.ours++;
          if (wrong) onBad++;
        }
        c.examples.push(`${f} [DCT ${dctValue.slice(0, 10)}] «${g.text}» gold ${g.type} ${g.value}; tagger ${sys.map((s) => s.value).join(",") || "—"}`);
        classes.set(why, c);
      }
      // Without the unreachable gold mentions and the system mentions overlapping them.
      const gk = r.gold.filter((g) => !bad.has(g));
      const sk = r.sys.filter((s) => ![...bad].some((g) => s.start < g.end && g.start < s.end));
      scoreDoc(gk, sk, kept);
    }
  }
  const a = toScores(all);
  const k = toScores(kept);
  console.log(`${set.name} (${set.lang})`);
  console.log(`  gold mentions ${a.n}; unreachable under the guidelines ${a.n - k.n}; tagger value errors ${valueErrors}, of which on unreachable gold ${onBad}`);
  for (const [why, c] of [...classes].sort((x, y) => y[1].gold - x[1].gold)) {
    console.log(`  ${String(c.gold).padStart(4)}  ${why}  (tagger differs on ${c.ours})`);
    if (list) for (const e of c.examples) console.log(`          ${e}`);
  }
  console.log(`  value F1 ${a.value.f.toFixed(1)} as annotated; ${k.value.f.toFixed(1)} without the unreachable gold mentions (strict F1 ${a.strict.f.toFixed(1)} → ${k.strict.f.toFixed(1)})\n`);
}
