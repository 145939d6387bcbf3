/**
 * npm run eval:incidents — incident dating on the French TimeBank dev split
 * (`npm run eval:incidents -- --lang en`: the same on English TempEval-3 TBAQ training data).
 *
 * Gold: for each event anchored by a TLINK (IS_INCLUDED, INCLUDES, DURING, DURING_INV, SIMULTANEOUS,
 * BEGINS, ENDS, BEGUN_BY, ENDED_BY, IDENTITY) to a DATE/TIME timex of its own sentence, the pair
 * (sentence, timex). An incident "carries" the timex when its date has the same TimeML value or the
 * same calendar span.
 *  - recall    = gold pairs with an incident of that sentence carrying that date / gold pairs
 *  - precision = incidents whose (sentence, date) is a gold pair / incidents
 * Also printed: the same scores restricted to timexes the tagger resolved correctly (isolates
 * extraction from tagging), and the tagger's coverage of the anchored timexes.
 */
import { readFileSync, readdirSync, existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { extractArticle } from "../src/extract";
import { segmentSentences } from "../src/extract/sentences";
import { tag } from "../src/temporal";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const LANG = process.argv.includes("--lang") ? process.argv[process.argv.indexOf("--lang") + 1] : "fr";
const corpusDirs =
  LANG === "en"
    ? [path.resolve(root, "../shared/corpora/tempeval3-tbaq/TimeBank"), path.resolve(root, "../shared/corpora/tempeval3-tbaq/AQUAINT")]
    : [path.resolve(root, "../shared/corpora/fr-timebank/dev")];
const corpusDir = corpusDirs[0];
const ANCHOR = new Set(["IS_INCLUDED", "INCLUDES", "DURING", "DURING_INV", "SIMULTANEOUS", "BEGINS", "ENDS", "BEGUN_BY", "ENDED_BY", "IDENTITY"]);

interface Timex { tid: string; type: string; value: string; start: number; end: number }
interface EventAnn { eiid: string; start: number; end: number }
interface Doc { id: string; dct: string; text: string; timexes: Timex[]; events: EventAnn[]; links: { ei: string; t: string; rel: string }[] }

const decode = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

function parse(file: string): Doc {
  const xml = readFileSync(file, "utf8");
  const dct = attr(/<DCT>([\s\S]*?)<\/DCT>/.exec(xml)?.[1] ?? "", "value") ?? "";
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? "";
  // TimeBank 1.2 style: event instances are declared by MAKEINSTANCE (eventID → eiid).
  const instanceOf = new Map<string, string>();
  for (const m of xml.matchAll(/<MAKEINSTANCE[^>]*>/g)) {
    const eid = attr(m[0], "eventID");
    const eiid = attr(m[0], "eiid");
    if (eid && eiid && !instanceOf.has(eid)) instanceOf.set(eid, eiid);
  }
  let text = "";
  const timexes: Timex[] = [];
  const events: EventAnn[] = [];
  const open: { name: string; tag: string; start: number }[] = [];
  const re = /<(\/?)([A-Z0-9]+)([^>]*?)(\/?)>|([^<]+)/g;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    if (m[5] !== undefined) {
      text += decode(m[5]);
      continue;
    }
    const [, close, name, rest, selfClose] = m;
    if (selfClose) continue;
    if (!close) open.push({ name, tag: rest, start: text.length });
    else {
      const o = open.pop();
      if (!o) continue;
      if (o.name === "TIMEX3") timexes.push({ tid: attr(o.tag, "tid")!, type: attr(o.tag, "type")!, value: attr(o.tag, "value") ?? "", start: o.start, end: text.length });
      if (o.name === "EVENT") events.push({ eiid: attr(o.tag, "eiid") ?? instanceOf.get(attr(o.tag, "eid") ?? "") ?? (attr(o.tag, "eid") ?? "").replace(/^e/, "ei"), start: o.start, end: text.length });
    }
  }
  const links: Doc["links"] = [];
  for (const m of xml.matchAll(/<TLINK[^>]*>/g)) {
    const t = m[0];
    const rel = attr(t, "relType")!;
    const ei = attr(t, "eventInstanceID");
    const tt = attr(t, "relatedToTime");
    const ti = attr(t, "timeID");
    const rei = attr(t, "relatedToEventInstance");
    if (ei && tt) links.push({ ei, t: tt, rel });
    else if (ti && rei) links.push({ ei: rei, t: ti, rel });
  }
  return { id: path.basename(file, ".tml"), dct, text, timexes, events, links };
}

/** Inclusive day span of a TimeML value (days, months, years, weeks, seasons are enough here). */
function span(value: string): [string, string] | null {
  const pad = (n: number) => String(n).padStart(2, "0");
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return [`${m[1]}-${m[2]}-${m[3]}`, `${m[1]}-${m[2]}-${m[3]}`];
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) {
    const y = +m[1];
    const jan4 = new Date(Date.UTC(y, 0, 4));
    const mon = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86400000 + (+m[2] - 1) * 7 * 86400000);
    const sun = new Date(mon.getTime() + 6 * 86400000);
    return [mon.toISOString().slice(0, 10), sun.toISOString().slice(0, 10)];
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const last = new Date(Date.UTC(+m[1], +m[2], 0)).getUTCDate();
    return [`${m[1]}-${m[2]}-01`, `${m[1]}-${m[2]}-${pad(last)}`];
  }
  m = /^(\d{4})$/.exec(value);
  if (m) return [`${m[1]}-01-01`, `${m[1]}-12-31`];
  return null;
}

function sameDate(goldValue: string, value: string, start: string, end: string): boolean {
  if (goldValue === value) return true;
  const s = span(goldValue);
  return !!s && s[0] === start && s[1] === end;
}

if (!existsSync(corpusDir)) {
  console.log(`Corpus not found at ${corpusDir} (expected under ../shared/corpora). Nothing to evaluate.`);
  console.log("0 passed, 1 failed");
  process.exit(1);
}

let gold = 0, goldHit = 0, inc = 0, incOk = 0;
let goldT = 0, goldTHit = 0, incT = 0, incTOk = 0;
let taggerFound = 0;
const misses: string[] = [];
const falsePos: string[] = [];
const files = corpusDirs.filter((d) => existsSync(d)).flatMap((d) => readdirSync(d).filter((f) => f.endsWith(".tml")).sort().map((f) => path.join(d, f)));
for (const file of files) {
  const f = path.basename(file);
  const doc = parse(file);
  const sentences = segmentSentences(doc.text, LANG);
  const sentOf = (pos: number) => sentences.findIndex((s) => pos >= s.start && pos < s.end);
  const tById = new Map(doc.timexes.map((t) => [t.tid, t]));
  const evById = new Map(doc.events.map((e) => [e.eiid, e]));
  // Gold pairs: sentence index → timexes anchoring an event of that sentence.
  const goldPairs = new Map<string, Timex>();
  for (const l of doc.links) {
    if (!ANCHOR.has(l.rel)) continue;
    const t = tById.get(l.t);
    const e = evById.get(l.ei);
    if (!t || !e || (t.type !== "DATE" && t.type !== "TIME")) continue;
    const si = sentOf(t.start);
    if (si < 0 || si !== sentOf(e.start)) continue;
    goldPairs.set(`${si}:${t.tid}`, t);
  }
  // Which anchored timexes did the tagger resolve (extent overlap + same value/span)?
  const tagged = tag(doc.text, { referenceDate: doc.dct, language: LANG });
  const taggerOk = (t: Timex) => tagged.some((m) => m.start < t.end && t.start < m.end && m.range && sameDate(t.value, m.value, m.range.start.slice(0, 10), m.range.end.slice(0, 10)));

  const r = extractArticle({ url: f, text: doc.text, publishedAt: doc.dct, language: LANG }, { receivedAt: doc.dct });
  // Map incidents back to sentences of the corpus text through their quotes.
  const incidents = r.incidents.map((i) => {
    const at = doc.text.indexOf(i.quote);
    return { i, si: at >= 0 ? sentOf(at) : -1 };
  });
  for (const [key, t] of goldPairs) {
    const si = +key.split(":")[0];
    const hit = incidents.some(({ i, si: s }) => s === si && sameDate(t.value, i.date.value, i.date.start, i.date.end));
    const tOk = taggerOk(t);
    gold++;
    if (hit) goldHit++;
    if (tOk) {
      taggerFound++;
      goldT++;
      if (hit) goldTHit++;
      else misses.push(`${doc.id} [${t.value} "${doc.text.slice(t.start, t.end)}"] ${sentences[si].text.slice(0, 140)}`);
    }
  }
  for (const { i, si } of incidents) {
    const ok = [...goldPairs].some(([key, t]) => +key.split(":")[0] === si && sameDate(t.value, i.date.value, i.date.start, i.date.end));
    // Tagger-conditioned precision: only incidents whose date is a correctly tagged gold timex or a wrong/unannotated one.
    inc++;
    if (ok) incOk++;
    const goldTimexHere = doc.timexes.some((t) => sentOf(t.start) === si && sameDate(t.value, i.date.value, i.date.start, i.date.end));
    if (goldTimexHere) {
      incT++;
      if (ok) incTOk++;
      else falsePos.push(`${doc.id} [${i.date.value} "${i.date.text}" ← ${i.trigger}] ${i.quote.slice(0, 140)}`);
    }
  }
}
const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : "n/a");
const verbose = process.argv.includes("--verbose");
if (verbose) {
  console.log("-- misses (tagger right, no incident carries the date):");
  for (const m of misses) console.log("  " + m);
  console.log("-- false incidents (date is a correct timex of the sentence but anchors no event there):");
  for (const m of falsePos) console.log("  " + m);
}
console.log(`${LANG === "en" ? "TempEval-3 TBAQ (English)" : "French TimeBank dev"}: ${files.length} documents, ${gold} gold (sentence, anchored DATE/TIME) pairs, ${inc} incidents`);
console.log(`tagger resolves ${taggerFound}/${gold} anchored timexes (${pct(taggerFound, gold)}%)`);
console.log(`end-to-end       recall ${pct(goldHit, gold)}%  (${goldHit}/${gold})   precision ${pct(incOk, inc)}%  (${incOk}/${inc})`);
console.log(`given the tagger recall ${pct(goldTHit, goldT)}%  (${goldTHit}/${goldT})   precision ${pct(incTOk, incT)}%  (${incTOk}/${incT})`);
const target = 85;
const checks = [
  ["end-to-end recall", (100 * goldHit) / Math.max(1, gold)],
  ["end-to-end precision", (100 * incOk) / Math.max(1, inc)],
  ["recall given the tagger", (100 * goldTHit) / Math.max(1, goldT)],
  ["precision given the tagger", (100 * incTOk) / Math.max(1, incT)],
] as const;
for (const [name, v] of checks) console.log(`${v >= target ? "PASS" : "FAIL"} ${name} ≥ ${target}%: ${v.toFixed(1)}%`);
const passed = checks.filter(([, v]) => v >= target).length;
console.log(`${passed} passed, ${checks.length - passed} failed`);
