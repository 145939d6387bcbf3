/** Diagnostics of eval:timeline for whoever improves the incident layer: why anchors and merges fail. */
import type { PlannedIncident } from "../../src/merge/types";
import type { CorpusArticle, GoldTimeline } from "./corpus";
import type { AnchorPrecision, AnchorRecall } from "./anchors";
import { incidentGoldForm } from "./dates";
import type { EntityDates } from "./entity-dates";
import type { HeadlineReport } from "./headlines";
import type { IncrementalCheck, IngestedCorpus } from "./ingest";
import type { PairScores } from "./merge-pairs";
import { detokenize } from "./text";
import { sentenceKey } from "./gold";

export interface Report {
  articles: CorpusArticle[];
  timelines: GoldTimeline[];
  corpus: IngestedCorpus;
  incremental: IncrementalCheck;
  recall: AnchorRecall;
  precision: AnchorPrecision;
  merge: PairScores;
  entities: { perEntity: EntityDates[]; macroF1: number; macroP: number; macroR: number };
  headlines: HeadlineReport;
}

export function countBy(xs: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const x of xs) out[x] = (out[x] ?? 0) + 1;
  return out;
}

const EXAMPLES = 5;
const clip = (s: string, n = 160) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function sentenceText(r: Report, docId: string, sentence: number): string {
  const a = r.articles.find((x) => x.docId === docId);
  const s = a?.sentences.find((x) => x.id === sentence);
  return s ? detokenize(s.tokens) : sentence === 0 && a ? a.title : "(no such sentence)";
}

const describe = (i: PlannedIncident) => `"${i.title}" ${i.kind} ${i.date.value} → ${incidentGoldForm(i.date)} actors [${i.actors.join(", ")}] places [${i.places.join(", ")}]`;

/** Planned incidents holding a mention of the sentence. */
function incidentsOfSentence(r: Report, key: string): PlannedIncident[] {
  return r.corpus.plan.incidents.filter((i) => i.mentionIds.some((id) => {
    const m = r.corpus.byId.get(id)!;
    return sentenceKey(m.docId, m.sentence) === key;
  }));
}

function printAnchorDiagnostics(r: Report): void {
  console.log(`\nmissed anchors by cause (${r.recall.misses.length}):`);
  for (const [cause, n] of Object.entries(countBy(r.recall.misses.map((m) => m.cause))).sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)}  ${cause}`);
  const causes = [...new Set(r.recall.misses.map((m) => m.cause))];
  for (const cause of causes) {
    console.log(`  e.g. ${cause}:`);
    for (const m of r.recall.misses.filter((x) => x.cause === cause).slice(0, 3))
      console.log(`    ${m.gold.docId}-${m.gold.sentence} "${m.gold.word}" gold ${m.gold.date}; tagger [${m.taggerDates.join(", ")}]; incidents [${m.incidentDates.join(", ")}] — ${clip(sentenceText(r, m.gold.docId, m.gold.sentence))}`);
  }
  console.log(`\nwrongly dated incidents in gold-dated sentences (${r.precision.wrong.length}), e.g.:`);
  for (const w of r.precision.wrong.slice(0, EXAMPLES))
    console.log(`    ${w.mention.docId}-${w.mention.sentence} "${w.mention.record.title}" ${w.mention.record.date.value} ("${w.mention.record.date.text}") vs gold [${w.goldDates.join(", ")}] — ${clip(w.mention.record.quote, 120)}`);
}

function printPair(r: Report, pair: string, linking: (a: string, b: string) => string[]): void {
  const [a, b] = pair.split("|");
  const [da, sa] = a.split(":");
  const [db, sb] = b.split(":");
  console.log(`    ${da}-${sa}: ${clip(sentenceText(r, da, +sa), 130)}`);
  console.log(`    ${db}-${sb}: ${clip(sentenceText(r, db, +sb), 130)}`);
  for (const l of linking(a, b)) console.log(`      ${l}`);
}

function printMergeDiagnostics(r: Report): void {
  const m = r.merge;
  console.log(`\nmerge: ${m.falsePositives.length} false-positive pairs, e.g.:`);
  for (const p of m.falsePositives.slice(0, EXAMPLES))
    printPair(r, p, (a, b) => incidentsOfSentence(r, a).filter((i) => incidentsOfSentence(r, b).includes(i)).map((i) => `one incident: ${describe(i)}`));
  console.log(`merge: ${m.falseNegatives.length} false-negative pairs (same gold timeline line, not one incident), e.g.:`);
  for (const p of m.falseNegatives.slice(0, EXAMPLES))
    printPair(r, p, (a, b) => {
      const ia = incidentsOfSentence(r, a);
      const ib = incidentsOfSentence(r, b);
      return [`${a}: ${ia.length ? ia.map(describe).join(" | ") : "no incident"}`, `${b}: ${ib.length ? ib.map(describe).join(" | ") : "no incident"}`];
    });
  const noIncident = m.falseNegatives.filter((p) => p.split("|").some((k) => incidentsOfSentence(r, k).length === 0)).length;
  console.log(`  of the ${m.falseNegatives.length} false negatives, ${noIncident} have a sentence without any incident`);
}

function printHeadlineDiagnostics(r: Report): void {
  const h = r.headlines;
  const uniq = [...new Set(h.short.map((s) => s.title))];
  console.log(`\nheadlines under two content words: ${h.short.length} (${uniq.length} distinct), e.g. ${uniq.slice(0, 10).map((t) => `"${t}"`).join(", ") || "none"}`);
  console.log(`worst headlines (fewest content words, shortest): ${h.worst.map((w) => `"${w.title}" (${w.words})`).join(", ")}`);
}

export function printDiagnostics(r: Report): void {
  printAnchorDiagnostics(r);
  printMergeDiagnostics(r);
  printHeadlineDiagnostics(r);
  const kinds = countBy(r.corpus.plan.incidents.map((i) => i.kind));
  const withActors = r.corpus.plan.incidents.filter((i) => i.actors.length).length;
  console.log(`\nincidents by kind: ${Object.entries(kinds).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(", ")}; with at least one actor: ${withActors}/${r.corpus.plan.incidents.length}`);
}

export function printEntityTables(r: Report): void {
  for (const e of r.entities.perEntity) {
    console.log(`\n${e.entity}: ${e.incidents} incidents for ?actor=${e.entity}; P ${(100 * e.precision).toFixed(1)} R ${(100 * e.recall).toFixed(1)} F1 ${(100 * e.f1).toFixed(1)}`);
    const all = [...new Set([...e.goldDates, ...e.systemDates])].sort();
    console.log(`  date        gold system`);
    for (const d of all) console.log(`  ${d}  ${e.goldDates.includes(d) ? "  x " : "    "} ${e.systemDates.includes(d) ? "  x" : ""}`);
  }
}
