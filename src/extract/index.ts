/**
 * Extraction entry point: article (text or HTML) → clean text, language, publication date and dated
 * incidents. Pure TypeScript (runs in workerd, Node CLIs and tests).
 */
import { tag } from "../temporal";
import type { TemporalMention } from "../temporal/types";
import type { ArticleInput, ExtractedIncident, ExtractionResult, ExtractOptions } from "./types";
import { htmlToText } from "./html";
import { detectLanguage, normalizeLanguage } from "./language";
import { getLocale, type LocaleData } from "../languages";
import { segmentSentences, type Sentence } from "./sentences";
import { inferPublicationDate } from "./publication";
import { isFurnitureLine, stripFurniture } from "./furniture";
import { repairGlued } from "./glued";
import { analyseEntities, type Entity } from "./entities";
import { reportAtReference, undatedIncident } from "./incident/undated";
import { anaphoricIncidents, noteAntecedents, type Antecedents } from "./incident/anaphora";
import { nextReference, referenceDate, reportDate, START, type Reference } from "./incident/reference";
import { findTriggers } from "./triggers";
import { sentenceIncidents, usableDateMentions, type ArticleContext } from "./incidents";
import { capIncidents, limitText, LIMITS, tagBounded } from "./limits";
import { hasPack, noPackWarning, numericPublicationDay } from "./no-pack";

export type { ArticleInput, ExtractedIncident, ExtractionResult, ExtractOptions, IncidentDate, IncidentKind, IncidentStatus } from "./types";

function normalizeWhitespace(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(/[\u00a0\u202f\u2009]/g, " ").replace(/[ \t]+/g, " ");
}

/** Entities of the article (once) and, per sentence, its named actors (for anaphora; found when first asked for: the sentences past the incident cap are never read). */
export function articleContext(text: string, sentences: Sentence[], dates: TemporalMention[], language: string, locale: LocaleData, publishedDay: string): ArticleContext {
  const entities = analyseEntities(text, sentences, dates, locale);
  const actors: Entity[][] = [];
  const actorsIn = (i: number): Entity[] => {
    if (i < 0 || i >= sentences.length) return [];
    return (actors[i] ??= entities.inSentence(sentences[i]).filter((e) => e.role === "actor"));
  };
  return { language, locale, publishedDay, entities, actorsIn };
}

/**
 * A temporal expression that places the sentence's event elsewhere than the narrative's time (a date,
 * even a dropped or vague one: "recently", "next year"); not a duration or a frequency ("for five
 * years", "per week"), nor a reference to the present ("now", "currently"), which is the time of writing.
 */
function saysWhen(m: TemporalMention): boolean {
  return (m.type === "DATE" || m.type === "TIME") && m.granularity !== "duration" && m.granularity !== "set" && m.value !== "PRESENT_REF";
}

/** f(i) = characters of temporal expressions before offset i: a span holds one iff f(end) − f(start) > 0 (linear, not a scan per sentence). */
function coverage(mentions: TemporalMention[], length: number): (i: number) => number {
  const inside = new Uint8Array(length + 1);
  for (const m of mentions) inside.fill(1, m.start, m.end);
  const before = new Uint32Array(length + 1);
  for (let i = 0; i < length; i++) before[i + 1] = before[i] + inside[i];
  return (i) => before[Math.max(0, Math.min(length, i))];
}

/** The usable mentions of each sentence, in one pass over both sorted lists. */
function mentionsBySentence(sentences: Sentence[], usable: TemporalMention[]): TemporalMention[][] {
  let mi = 0;
  return sentences.map((s) => {
    while (mi < usable.length && usable[mi].start < s.start) mi++;
    const inSentence: TemporalMention[] = [];
    for (let j = mi; j < usable.length && usable[j].start < s.end; j++) if (usable[j].end <= s.end) inSentence.push(usable[j]);
    return inSentence;
  });
}

/**
 * The incidents of each sentence, in order: those its own dates give, and, told without a date, those the
 * narrative's reference time gives (incident/reference.ts), a report of dated content, event anaphora.
 * Only incidents that can be kept are built: the sentences stop once more than `max` are found (each
 * sentence's incidents depend on the sentences before it only, so the first `max` are the same), and
 * `read` says how many sentences were read.
 */
function articleIncidents(text: string, sentences: Sentence[], mentions: TemporalMention[], usable: TemporalMention[], ctx: ArticleContext, max: number): { incidents: ExtractedIncident[]; read: number } {
  const { publishedDay } = ctx;
  const datedChars = coverage(mentions.filter(saysWhen), text.length);
  const own = mentionsBySentence(sentences, usable);
  const antecedents: Antecedents = new Map();
  let ref: Reference = START;
  const out: ExtractedIncident[] = [];
  let k = 0;
  for (; k < sentences.length && out.length <= max; k++) {
    const s = sentences[k];
    const dated = own[k].length ? sentenceIncidents(s, own[k], ctx) : [];
    // Told without any temporal expression at all: at the narrative's reference time (a dropped date still says "not today").
    const bare = !dated.length && datedChars(s.end) - datedChars(s.start) === 0;
    const date = referenceDate(ref, s.index, publishedDay);
    // A sentence whose only dates are vague ("recently") or unusable still tells a present state at the time of writing.
    const undated = bare ? undatedIncident(s, ctx, { event: date, report: reportDate(ref, s.index, publishedDay) }) : !dated.length ? undatedIncident(s, ctx, {}) : undefined;
    // Dates that all belong to a report's content (background or plan) leave the report at the reference time.
    const offStory = date && dated.length && nextReference(ref, dated, publishedDay).at !== "story";
    const report = offStory ? reportAtReference(s, ctx, date, dated, own[k].map((m) => m.start - s.start)) : undefined;
    // "Since its launch …": an event noun referring back to an event told earlier takes its date.
    const anaphoric = bare ? anaphoricIncidents(s, ctx, antecedents).filter((a) => a.trigger !== undated?.trigger) : [];
    ref = nextReference(ref, dated, publishedDay);
    noteAntecedents(antecedents, s, ctx, dated);
    out.push(...dated, ...(undated ? [undated] : []), ...(report ? [report] : []), ...anaphoric);
  }
  return { incidents: out, read: k };
}

/**
 * How many sentences hold the article's dates when the tagger stopped at LIMITS.dateMentions (the text after
 * the last one kept was not searched for dates); every sentence otherwise.
 */
function datedHorizon(sentences: Sentence[], mentions: TemporalMention[]): number {
  if (mentions.length < LIMITS.dateMentions) return sentences.length;
  const last = Math.max(...mentions.map((m) => m.end));
  let n = 0;
  while (n < sentences.length && sentences[n].start < last) n++;
  return n;
}

/**
 * The article's incidents (articleIncidents) with its entities. On an article whose dates were capped, the
 * entity pass first reads only the sentences up to the last date kept: when the incident cap is reached
 * there, the rest of the text is never analysed (names there cannot change an incident that is kept, except
 * by coreference with a later mention); otherwise the whole text is analysed, as for every other article,
 * so an article that is not capped gets the same incidents either way.
 */
function readIncidents(text: string, sentences: Sentence[], mentions: TemporalMention[], usable: TemporalMention[], at: { language: string; locale: LocaleData; publishedDay: string }) {
  const run = (within: Sentence[]) => {
    const end = within.length ? within[within.length - 1].end : 0;
    const ctx = articleContext(end < text.length ? text.slice(0, end) : text, within, mentions, at.language, at.locale, at.publishedDay);
    return articleIncidents(text, within, mentions, usable, ctx, LIMITS.incidents);
  };
  const horizon = datedHorizon(sentences, mentions);
  if (horizon > 0 && horizon < sentences.length) {
    const first = run(sentences.slice(0, horizon));
    if (first.incidents.length > LIMITS.incidents) return first;
  }
  return run(sentences);
}

function toIso(day: string): string {
  return new Date(`${day}T00:00:00.000Z`).toISOString();
}

export function extractArticle(input: ArticleInput, opts: ExtractOptions): ExtractionResult {
  let title: string | null = input.title?.trim() || null;
  let raw = input.text ?? "";
  let metaPublishedAt: string | null = null;
  const warnings: string[] = [];
  if (input.html && !input.text) {
    const h = htmlToText(input.html);
    warnings.push(...h.warnings);
    raw = h.text;
    title = title ?? h.title;
    metaPublishedAt = h.metaPublishedAt;
  }
  raw = limitText(raw, normalizeWhitespace, warnings);
  const language = input.language ? normalizeLanguage(input.language) : detectLanguage(raw);
  const locale = getLocale(language);

  let publishedAt: string;
  let publishedAtSource: ExtractionResult["publishedAtSource"];
  if (input.publishedAt && !isNaN(Date.parse(input.publishedAt))) {
    publishedAt = input.publishedAt;
    publishedAtSource = "provided";
  } else {
    const inf = inferPublicationDate(raw, locale, opts.receivedAt, { metaPublishedAt, isFurniture: (l) => isFurnitureLine(l, locale) });
    publishedAt = inf.source === "text" ? toIso(inf.publishedAt) : inf.publishedAt;
    publishedAtSource = inf.source;
  }
  const publishedDay = new Date(publishedAt).toISOString().slice(0, 10);

  const text = repairGlued(stripFurniture(raw, locale), locale);
  if (!title) {
    const first = text.split("\n")[0]?.trim() ?? "";
    if (first && first.length <= 200 && !/[.!?]$/.test(first)) title = first;
  }

  // No pack, no words to read it with: no incidents, and a publication date from numeric forms (extract/no-pack.ts).
  if (!hasPack(language)) {
    const day = publishedAtSource === "received" ? numericPublicationDay(raw, language, opts.receivedAt) : null;
    if (day) [publishedAt, publishedAtSource] = [toIso(day), "text"];
    return { language, title, text, publishedAt, publishedAtSource, incidents: [], warnings: [...warnings, noPackWarning(language)] };
  }

  // A tagger failure is not swallowed: the consumer retries, then the dead-letter queue marks the article failed.
  const mentions = tagBounded(text, (chunk) => tag(chunk, { referenceDate: publishedAt, language }), warnings);
  const usable = usableDateMentions(mentions, text, locale, { keepBounds: true }).sort((a, b) => a.start - b.start);
  const sentences = segmentSentences(text, language);
  const { incidents, read } = readIncidents(text, sentences, mentions, usable, { language, locale, publishedDay });
  // Keys must be unique within the article (the same sentence may be repeated verbatim).
  const seen = new Map<string, number>();
  for (const inc of incidents) {
    const n = seen.get(inc.key) ?? 0;
    seen.set(inc.key, n + 1);
    if (n) inc.key = `${inc.key}-${n}`;
  }
  const kept = capIncidents(incidents, read, sentences.length, warnings);
  return { language, title, text, publishedAt, publishedAtSource, incidents: kept, warnings };
}
