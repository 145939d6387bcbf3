/**
 * npm run eval:timeline [-- --verbose] [-- --json <file>] — the incident layer on the SemEval-2015
 * Task 4 TimeLine trial data (30 Wikinews articles about Apple, 6 gold entity timelines), at
 * sentence level, through the Worker's pure core (extractArticle → mention records → planMerge;
 * the store's incremental path is checked to give the same incidents).
 * See README "Timeline evaluation" for what each figure means.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readArticles, readTimelines } from "./timeline/corpus";
import { checkIncremental, ingestCorpus } from "./timeline/ingest";
import { datedGoldMentions } from "./timeline/gold";
import { anchorPrecision, anchorRecall } from "./timeline/anchors";
import { mergePairScores } from "./timeline/merge-pairs";
import { entityDateScores } from "./timeline/entity-dates";
import { headlineReport } from "./timeline/headlines";
import { countBy, printDiagnostics, printEntityTables, type Report } from "./timeline/report";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const corpusDir = path.join(root, "eval", "corpora", "semeval2015-timeline-trial");

function parseArgs(argv: string[]): { verbose: boolean; json: string | null } {
  const i = argv.indexOf("--json");
  if (i >= 0 && (!argv[i + 1] || argv[i + 1].startsWith("--"))) throw new Error("--json needs a file name");
  return { verbose: argv.includes("--verbose"), json: i >= 0 ? argv[i + 1] : null };
}

function measure(): Report {
  const articles = readArticles(corpusDir);
  const timelines = readTimelines(corpusDir);
  const corpus = ingestCorpus(articles);
  const gold = datedGoldMentions(timelines);
  const languageOf = (inc: { mentionIds: string[] }) => corpus.byId.get(inc.mentionIds[0])?.record.language ?? "en";
  return {
    articles,
    timelines,
    corpus,
    incremental: checkIncremental(corpus),
    recall: anchorRecall(corpus, gold),
    precision: anchorPrecision(corpus, gold),
    merge: mergePairScores(corpus, timelines),
    entities: entityDateScores(corpus, timelines),
    headlines: headlineReport(corpus.plan.incidents, languageOf),
  };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const ratio = (a: number, b: number) => (b ? a / b : 0);

function lostExamples(r: Report): string {
  const all = r.corpus.articles.flatMap((a) => a.lostSentences.map((s) => ({ a: a.article, s })));
  const datelines = all.filter(({ a, s }) => s === 1 && /^\p{L}+ \d{1,2} , \d{4}$/u.test(a.sentences[0]?.tokens.join(" ") ?? ""));
  const others = all.filter((x) => !datelines.includes(x)).map(({ a, s }) => `${a.docId}-${s}`);
  return `${datelines.length} datelines${others.length ? `, and ${others.join(", ")}` : ""}`;
}

function printFigures(r: Report): { name: string; ok: boolean; line: string }[] {
  const { corpus } = r;
  const langs = new Map<string, number>();
  for (const a of corpus.articles) langs.set(a.extraction.language, (langs.get(a.extraction.language) ?? 0) + 1);
  const multi = corpus.plan.incidents.filter((i) => new Set(i.mentionIds.map((id) => corpus.byId.get(id)!.docId)).size > 1).length;
  const lost = corpus.articles.reduce((s, a) => s + a.lostSentences.length, 0);
  const sentences = r.articles.reduce((s, a) => s + a.sentences.length, 0);
  console.log(`eval:timeline — SemEval-2015 Task 4 TimeLine trial, sentence level`);
  console.log(`ingested: ${r.articles.length} articles (${sentences} sentences; languages ${[...langs].map(([l, n]) => `${l} ${n}`).join(", ")}), ${corpus.mentions.length} mentions → ${corpus.plan.incidents.length} incidents (${multi} from several articles); ${lost} corpus sentences removed from the clean text (${lostExamples(r)})`);
  const inc = r.incremental;
  console.log(`incremental merge (mergeIncrementally, ${inc.orders} article orders): ${inc.sameAsBatch}/${inc.orders} give the planMerge incidents${inc.differing.length ? ` — differ: ${inc.differing.map((d) => `${d.order} (${d.incidents} incidents)`).join(", ")}` : ""}`);
  const rec = ratio(r.recall.hits, r.recall.total);
  const prec = ratio(r.precision.correct, r.precision.total);
  const m = r.merge;
  const e = r.entities;
  console.log(`anchor recall:    ${pct(rec)} (${r.recall.hits}/${r.recall.total} dated gold event mentions)`);
  console.log(`anchor precision: ${pct(prec)} (${r.precision.correct}/${r.precision.total} incidents in sentences with dated gold mentions)`);
  console.log(`merge pairs:      P ${pct(m.precision)} R ${pct(m.recall)} F1 ${(100 * m.f1).toFixed(1)} (${m.correct} correct of ${m.system} system pairs; ${m.gold} gold pairs)`);
  console.log(`entity date F1:   macro ${(100 * e.macroF1).toFixed(1)} (P ${pct(e.macroP)} R ${pct(e.macroR)}) — ${e.perEntity.map((x) => `${x.entity} ${(100 * x.f1).toFixed(1)}`).join("; ")}`);
  console.log(`headlines:        ${r.headlines.short.length} of ${r.headlines.total} with fewer than two content words`);
  return [
    { name: "anchor recall ≥ 60%", ok: rec >= 0.6, line: pct(rec) },
    { name: "anchor precision ≥ 80%", ok: prec >= 0.8, line: pct(prec) },
    { name: "merge F1 ≥ 50", ok: m.f1 >= 0.5, line: (100 * m.f1).toFixed(1) },
    { name: "entity date F1 ≥ 50", ok: e.macroF1 >= 0.5, line: (100 * e.macroF1).toFixed(1) },
    { name: "0 headlines under two content words", ok: r.headlines.short.length === 0, line: String(r.headlines.short.length) },
    { name: "incremental merge = planMerge", ok: inc.sameAsBatch === inc.orders, line: `${inc.sameAsBatch}/${inc.orders}` },
  ];
}

function jsonFigures(r: Report, targets: { name: string; ok: boolean; line: string }[]) {
  return {
    corpus: "semeval2015-timeline-trial",
    articles: r.articles.length,
    mentions: r.corpus.mentions.length,
    incidents: r.corpus.plan.incidents.length,
    incremental: r.incremental,
    anchorRecall: { value: ratio(r.recall.hits, r.recall.total), hits: r.recall.hits, total: r.recall.total, missCauses: countBy(r.recall.misses.map((x) => x.cause)) },
    anchorPrecision: { value: ratio(r.precision.correct, r.precision.total), correct: r.precision.correct, total: r.precision.total },
    merge: { precision: r.merge.precision, recall: r.merge.recall, f1: r.merge.f1, system: r.merge.system, gold: r.merge.gold, correct: r.merge.correct },
    entityDates: { macroF1: r.entities.macroF1, macroPrecision: r.entities.macroP, macroRecall: r.entities.macroR, perEntity: r.entities.perEntity },
    headlines: { total: r.headlines.total, underTwoContentWords: r.headlines.short.length, examples: r.headlines.short.slice(0, 20).map((s) => s.title) },
    targets: targets.map((t) => ({ name: t.name, pass: t.ok, value: t.line })),
  };
}

const args = parseArgs(process.argv.slice(2));
const report = measure();
const targets = printFigures(report);
console.log("");
for (const t of targets) console.log(`${t.ok ? "PASS" : "FAIL"}  ${t.name.padEnd(38)} ${t.line}`);
printDiagnostics(report);
if (args.verbose) printEntityTables(report);
if (args.json) {
  writeFileSync(args.json, JSON.stringify(jsonFigures(report, targets), null, 2) + "\n");
  console.log(`\nfigures written to ${args.json}`);
}
console.log(`\ntargets: ${targets.filter((t) => t.ok).length} met, ${targets.filter((t) => !t.ok).length} missed`);
