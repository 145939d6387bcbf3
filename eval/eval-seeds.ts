/**
 * npm run eval:seeds — the seed expectations of issue 4 as a pass/fail table.
 * Runs twice: with the manifest's publishedAt ("provided") and without it ("inferred": the
 * publication date is read from the article; receivedAt is a crawl time after the last seed).
 * Each failing expectation is attributed to the tagger (no tagger mention with the expected span in
 * the evidence sentence) or to extraction/merge (the tagger had it).
 */
import { readFileSync, readdirSync, existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { extractArticle } from "../src/extract";
import type { ExtractionResult } from "../src/extract/types";
import { mentionId, planMerge } from "../src/merge";
import { mergeIncrementally } from "../src/merge/incremental";
import type { MentionRecord, PlannedIncident } from "../src/merge/types";
import { tag } from "../src/temporal";
import { sameName } from "../src/merge/aliases";
import { lookupPlace } from "../src/places";
import { contentWords } from "./timeline/headlines";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const seedsDir = path.join(root, "seeds");
const RECEIVED_AT = "2023-09-17T18:00:00.000Z";

interface ManifestEntry { file: string; url: string; title?: string; source?: string; publishedAt?: string; language?: string }
const manifest: ManifestEntry[] = existsSync(path.join(seedsDir, "manifest.json"))
  ? JSON.parse(readFileSync(path.join(seedsDir, "manifest.json"), "utf8"))
  : readdirSync(seedsDir).filter((f) => f.endsWith(".txt")).sort().map((file) => ({ file, url: `https://seeds.invalid/${file}` }));
const EXPECTED_PUB: Record<string, string> = { "000": "2023-09-12", "001": "2023-09-12", "002": "2023-09-04", "003": "2023-09-11", "004": "2023-09-17" };

type Mode = "provided" | "inferred";
interface Row { ok: boolean; mode: Mode; name: string; detail: string; cause?: string }

function run(mode: Mode) {
  const results = new Map<string, ExtractionResult>();
  const mentions: MentionRecord[] = [];
  for (const m of manifest) {
    const id = m.file.slice(0, 3);
    const text = readFileSync(path.join(seedsDir, m.file), "utf8");
    const r = extractArticle(
      { url: m.url, text, title: mode === "provided" ? m.title : undefined, source: m.source, publishedAt: mode === "provided" ? m.publishedAt : undefined },
      { receivedAt: RECEIVED_AT },
    );
    results.set(id, r);
    for (const inc of r.incidents)
      mentions.push({ id: mentionId(id, inc.key), articleId: id, language: r.language, kind: inc.kind, status: inc.status, title: inc.title, quote: inc.quote, trigger: inc.trigger, date: inc.date, actors: inc.actors, places: inc.places, publishedAt: r.publishedAt, principal: inc.principal, predicate: inc.predicate, attribution: inc.attribution });
  }
  const plan = planMerge(mentions);
  const byId = new Map(mentions.map((m) => [m.id, m]));
  const arts = (inc: PlannedIncident) => [...new Set(inc.mentionIds.map((id) => byId.get(id)!.articleId))].sort();
  return { results, mentions, plan, byId, arts };
}

/** What the tagger gives in the paragraph containing `needle`: ok when a mention has the expected span. */
function taggerSays(r: ExtractionResult, needle: RegExp, start: string, end: string): { ok: boolean; got: string } {
  const ms = tag(r.text, { referenceDate: r.publishedAt, language: r.language });
  const m = needle.exec(r.text);
  if (!m) return { ok: false, got: `evidence /${needle.source}/ not in the clean text` };
  const from = r.text.lastIndexOf("\n", m.index) + 1;
  const toNl = r.text.indexOf("\n", m.index);
  const to = toNl < 0 ? r.text.length : toNl;
  const inPara = ms.filter((x) => x.start >= from && x.end <= to);
  const ok = inPara.some((x) => x.range && x.range.start.slice(0, 10) === start && x.range.end.slice(0, 10) === end);
  const near = inPara.sort((a, b) => Math.abs(a.start - m.index) - Math.abs(b.start - m.index)).slice(0, 2);
  return { ok, got: near.map((x) => `"${x.text}" → ${x.value}`).join(", ") || "no mention" };
}

function evaluate(mode: Mode): Row[] {
  const { results, plan, byId, mentions, arts } = run(mode);
  const rows: Row[] = [];
  const add = (name: string, ok: boolean, detail: string, cause?: string) => rows.push({ ok, mode, name, detail, cause: ok ? undefined : cause });
  const fmt = (inc?: PlannedIncident) => (inc ? `${inc.date.value} "${inc.title}" [${arts(inc).join(",")}]` : "none");
  const has = (inc: PlannedIncident, name: string) => inc.actors.some((x) => sameName(x, name)) || inc.places.some((x) => sameName(x, name));
  const cause = (checks: [string, RegExp, string, string][]) => {
    const missing = checks.map(([id, re, s, e]) => ({ id, ...taggerSays(results.get(id)!, re, s, e) })).filter((x) => !x.ok);
    return missing.length
      ? `tagger (expected ${checks[0][2]}…${checks[0][3]}; ${missing.map((x) => `${x.id}: ${x.got}`).join("; ")})`
      : "extraction/merge";
  };

  // Publication dates.
  if (mode === "inferred")
    for (const [id, want] of Object.entries(EXPECTED_PUB)) {
      const r = results.get(id);
      const got = r?.publishedAt.slice(0, 10);
      add(`publication date of ${id} = ${want}`, got === want, `got ${got} (${r?.publishedAtSource})`, "extraction (publication inference)");
    }

  const expect = (name: string, pred: (i: PlannedIncident) => boolean, wantArts: string[], checks: [string, RegExp, string, string][]) => {
    const cands = plan.incidents.filter(pred);
    const best = [...cands].sort((a, b) => wantArts.filter((x) => arts(b).includes(x)).length - wantArts.filter((x) => arts(a).includes(x)).length)[0];
    const ok = !!best && wantArts.every((a) => arts(best).includes(a));
    add(name, ok, `${fmt(best)}${cands.length > 1 ? ` (+${cands.length - 1} other candidate incidents: ${cands.filter((c) => c !== best).map((c) => `[${arts(c).join(",")}]`).join(" ")})` : ""}`, cause(checks));
    return best;
  };
  const day = (d: string) => (i: PlannedIncident) => i.date.start === d && i.date.end === d;

  const dep10 = expect("Kim leaves Pyongyang 2023-09-10 (000 + 003, one incident)", (i) => day("2023-09-10")(i) && i.kind === "travel" && has(i, "Pyongyang"), ["000", "003"], [["000", /dimanche après-midi/, "2023-09-10", "2023-09-10"], ["003", /dimanche soir/, "2023-09-10", "2023-09-10"]]);
  expect("Arrival in Russia at Khasan 2023-09-12 (000 + 001)", (i) => day("2023-09-12")(i) && (i.kind === "travel" || i.kind === "meeting") && (has(i, "Khasan") || has(i, "Russia")), ["000", "001"], [["000", /nuit de mardi/, "2023-09-12", "2023-09-12"], ["001", /arrivé ce mardi/, "2023-09-12", "2023-09-12"]]);
  expect("Shoigu visits North Korea, July 2023 (000 + 002 + 003)", (i) => i.date.start === "2023-07-01" && i.date.end === "2023-07-31" && has(i, "Sergei Shoigu"), ["000", "002", "003"], [["000", /Shoygu/, "2023-07-01", "2023-07-31"], ["002", /Choïgou/, "2023-07-01", "2023-07-31"], ["003", /Choïgu ait/, "2023-07-01", "2023-07-31"]]);
  expect("First Kim–Putin summit, Vladivostok 2019 (001 + 003 + 004)", (i) => i.date.start >= "2019-01-01" && i.date.end <= "2019-12-31" && (i.kind === "meeting" || i.kind === "travel"), ["001", "003", "004"], [["001", /rencontrés à Vladivostok/, "2019-01-01", "2019-12-31"], ["003", /dernier voyage/, "2019-01-01", "2019-12-31"], ["004", /deuxième fois/, "2019-01-01", "2019-12-31"]]);
  expect("Eastern Economic Forum 2023-09-10..2023-09-13 (range)", (i) => i.date.start === "2023-09-10" && i.date.end === "2023-09-13", ["002"], [["002", /entre le 10 et le 13/, "2023-09-10", "2023-09-13"]]);
  expect("Russia invades Ukraine, February 2022", (i) => i.date.start === "2022-02-01" && i.date.end === "2022-02-28" && i.kind === "conflict", ["003"], [["003", /février 2022/, "2022-02-01", "2022-02-28"]]);
  expect("Kim takes power, 2011", (i) => i.date.start === "2011-01-01" && i.date.end === "2011-12-31" && i.kind === "election", ["004"], [["004", /pris le pouvoir/, "2011-01-01", "2011-12-31"]]);
  const dep17 = expect("Kim's train leaves Primorye 2023-09-17", (i) => day("2023-09-17")(i) && i.kind === "travel" && has(i, "Primorye"), ["004"], [["004", /Primorié/, "2023-09-17", "2023-09-17"]]);
  add("departures of 10 and 17 September stay apart", !!dep10 && !!dep17 && dep10.id !== dep17.id, `${fmt(dep10)} / ${fmt(dep17)}`, "extraction/merge");

  // False dates.
  const all = mentions;
  const bad = (pred: (m: MentionRecord) => boolean) => all.filter(pred).map((m) => `${m.articleId}:${m.date.value} "${m.date.text}"`);
  const b2027 = bad((m) => m.date.start.startsWith("2027") || m.date.end.startsWith("2027"));
  add("no date in 2027 (\"en quatre ans\")", !b2027.length, b2027.join("; ") || "none", "extraction (duration filter)");
  const bJeu = bad((m) => /(?<![\p{L}])jeu(?![\p{L}])/iu.test(m.date.text) || /jeu vidéo/iu.test(m.quote));
  add("no Thursday from \"jeu vidéo\"", !bJeu.length, bJeu.join("; ") || "none", "extraction (furniture)");
  const b29 = bad((m) => m.date.start <= "2023-09-29" && m.date.end >= "2023-09-29" && m.date.end < "2023-10-01" && m.date.start > "2023-09-20");
  add("no 2023-09-29 (site header of 001)", !b29.length, b29.join("; ") || "none", "extraction (furniture)");
  const bMaj = bad((m) => /mis à jour/iu.test(m.quote) || /11h01/.test(m.date.text));
  add("no date from the \"Mis à jour\" line of 004", !bMaj.length, bMaj.join("; ") || "none", "extraction (furniture)");
  void byId;
  oneFeedItemChecks(plan.incidents, mentions, arts, fmt, add);

  // Order independence, simulated like the store: articles arrive one by one; each time, the
  // candidates are the stored mentions whose span overlaps a new mention's span plus every member
  // of their incidents; planMerge(candidates ∪ new) rewrites those incidents.
  const articles = [...new Set(mentions.map((m) => m.articleId))].sort();
  const canonicalPartition = (incs: Map<string, string[]>) => JSON.stringify([...incs.values()].map((ids) => [...ids].sort()).sort());
  const batch = canonicalPartition(new Map(plan.incidents.map((i) => [i.id, i.mentionIds])));
  const perms = (xs: string[]): string[][] => (xs.length <= 1 ? [xs] : xs.flatMap((x, i) => perms([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p])));
  const outcomes = new Map<string, number>();
  for (const order of perms(articles)) {
    const members = mergeIncrementally(order.map((a) => mentions.filter((m) => m.articleId === a)));
    const key = canonicalPartition(members);
    outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
  }
  const sameAsBatch = outcomes.get(batch) ?? 0;
  add(
    `incremental ingestion in all ${perms(articles).length} article orders gives the batch incidents`,
    outcomes.size === 1 && sameAsBatch > 0,
    `${outcomes.size} distinct outcome(s); ${sameAsBatch} order(s) equal to the batch plan`,
    "merge (order dependence)",
  );
  return rows;
}

// ── Each real incident is ONE feed item (issue 8): a report of an event is the event. ──────────────

/** Fields the data contract adds to mentions (principal, attribution); read defensively until then. */
type ContractFields = { principal?: string | null; attribution?: string[] };

/** Principal participants of an incident: its members' principals, or its actors before the contract has them. */
function principals(inc: PlannedIncident, byId: Map<string, MentionRecord>): string[] {
  const own = inc.mentionIds.map((id) => (byId.get(id) as (MentionRecord & ContractFields) | undefined)?.principal).filter((p): p is string => !!p);
  return own.length ? [...new Set(own)] : inc.actors;
}

/** Places finer than a country ("Khasan", "Vladivostok"): a shared country says little. */
const precisePlaces = (inc: PlannedIncident) => inc.places.filter((p) => lookupPlace(p)?.type !== "country");

/** Same incident kinds for a feed reader: equal, a report (statement) of the other, or a trip and its meeting. */
function kindsCompatible(a: PlannedIncident, b: PlannedIncident): boolean {
  const ks = new Set([a.kind, b.kind]);
  return ks.size === 1 || ks.has("statement") || (ks.has("travel") && ks.has("meeting"));
}

/** Pairs of incidents on the same day with compatible kinds and a shared principal or precise place. */
function duplicateItems(incs: PlannedIncident[], byId: Map<string, MentionRecord>): [PlannedIncident, PlannedIncident, string][] {
  const out: [PlannedIncident, PlannedIncident, string][] = [];
  for (let i = 0; i < incs.length; i++)
    for (let j = i + 1; j < incs.length; j++) {
      const [a, b] = [incs[i], incs[j]];
      if (a.date.start !== b.date.start || a.date.end !== b.date.end || a.date.start !== a.date.end || !kindsCompatible(a, b)) continue;
      const who = principals(a, byId).filter((x) => principals(b, byId).includes(x));
      const where = precisePlaces(a).filter((x) => precisePlaces(b).includes(x));
      if (who.length || where.length) out.push([a, b, [...who, ...where].join(", ")]);
    }
  return out;
}

function oneFeedItemChecks(
  incs: PlannedIncident[],
  mentions: MentionRecord[],
  arts: (inc: PlannedIncident) => string[],
  fmt: (inc?: PlannedIncident) => string,
  add: (name: string, ok: boolean, detail: string, cause?: string) => void,
): void {
  const byId = new Map(mentions.map((m) => [m.id, m]));
  const dups = duplicateItems(incs, byId);
  add("each real incident is one feed item (no two on one day with compatible kinds and a shared principal or precise place)", !dups.length,
    dups.slice(0, 4).map(([a, b, w]) => `${fmt(a)} ~ ${fmt(b)} (${w})`).join("; ") + (dups.length > 4 ? ` (+${dups.length - 4} more)` : "") || "none", "merge (report vs event / duplicates)");
  const arrival = incs.filter((i) => i.date.start === "2023-09-12" && i.date.end === "2023-09-12" && principals(i, byId).includes("Kim Jong-un") && i.places.some((p) => p === "Khasan" || p === "Russia"));
  add("arrival in Russia (Khasan) 2023-09-12 is one feed item", arrival.length === 1, arrival.map((i) => fmt(i)).join("; ") || "none", "merge (report vs event)");
  const one = arrival.length === 1 ? arrival[0] : undefined;
  add("… with the sources 000 (Kyodo, KCNA) and 001 (AFP)", !!one && ["000", "001"].every((a) => arts(one).includes(a)), one ? fmt(one) : `${arrival.length} items`, "merge");
  const attribution = one ? [...new Set(one.mentionIds.flatMap((id) => (byId.get(id) as MentionRecord & ContractFields).attribution ?? []))].sort() : [];
  add("… attributed to Kyodo and KCNA", ["Kyodo", "KCNA"].every((x) => attribution.includes(x)), attribution.length ? attribution.join(", ") : "no attribution on its mentions", "extraction (reports)");
  const titles = new Set(incs.map((i) => i.title));
  const reports = incs.filter((i) => { const m = /^(.+?)\s:\s(.+)$/u.exec(i.title); return !!m && titles.has(m[2]); });
  add("no report beside its event (« Kyodo : X » next to « X »)", !reports.length, reports.map((i) => fmt(i)).join("; ") || "none", "extraction (reports) / merge");
  const bare = incs.filter((i) => i.kind === "statement" && contentWords(i.title, byId.get(i.mentionIds[0])?.language ?? "fr").length <= 2);
  add("statement headlines say what was said (no « Poutine déclare »)", !bare.length, bare.map((i) => fmt(i)).join("; ") || "none", "extraction (headlines)");
}

const rows = [...evaluate("provided"), ...evaluate("inferred")];
const w = Math.max(...rows.map((r) => r.name.length));
console.log(`RESULT | mode     | ${"expectation".padEnd(w)} | detail`);
for (const r of rows) console.log(`${r.ok ? "PASS  " : "FAIL  "} | ${r.mode.padEnd(8)} | ${r.name.padEnd(w)} | ${r.detail}${r.ok ? "" : `  ← cause: ${r.cause}`}`);
const passed = rows.filter((r) => r.ok).length;
console.log(`(inferred mode: no publishedAt, receivedAt ${RECEIVED_AT})`);
console.log(`${passed} passed, ${rows.length - passed} failed`);
