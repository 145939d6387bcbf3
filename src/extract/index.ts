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
import { analyseEntities } from "./entities";
import { reportAtReference, undatedIncident } from "./incident/undated";
import { anaphoricIncidents, noteAntecedents, type Antecedents } from "./incident/anaphora";
import { nextReference, referenceDate, reportDate, START, type Reference } from "./incident/reference";
import { findTriggers } from "./triggers";
import { sentenceIncidents, usableDateMentions, type ArticleContext } from "./incidents";

export type { ArticleInput, ExtractedIncident, ExtractionResult, ExtractOptions, IncidentDate, IncidentKind, IncidentStatus } from "./types";

function normalizeWhitespace(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(/[\u00a0\u202f\u2009]/g, " ").replace(/[ \t]+/g, " ");
}

/** Entities of the article (once) and, per sentence, its named actors (for anaphora). */
export function articleContext(text: string, sentences: Sentence[], dates: TemporalMention[], language: string, locale: LocaleData, publishedDay: string): ArticleContext {
  const entities = analyseEntities(text, sentences, dates, locale);
  const actorsBySentence = sentences.map((s) => entities.inSentence(s).filter((e) => e.role === "actor"));
  return { language, locale, publishedDay, entities, actorsBySentence };
}

/** A temporal expression that places the sentence's event (a date, even a dropped or vague one: "recently", "next year"); not a duration or a frequency ("for five years", "per week"). */
function saysWhen(m: TemporalMention): boolean {
  return (m.type === "DATE" || m.type === "TIME") && m.granularity !== "duration" && m.granularity !== "set";
}

/** Incidents dated by the sentence's own usable date mentions (sorted by start). */
function sentenceDated(s: Sentence, usable: TemporalMention[], ctx: ArticleContext): ExtractedIncident[] {
  const inSentence = usable.filter((m) => m.start >= s.start && m.end <= s.end);
  return inSentence.length ? sentenceIncidents(s, inSentence, ctx) : [];
}

function toIso(day: string): string {
  return new Date(`${day}T00:00:00.000Z`).toISOString();
}

export function extractArticle(input: ArticleInput, opts: ExtractOptions): ExtractionResult {
  let title: string | null = input.title?.trim() || null;
  let raw = input.text ?? "";
  let metaPublishedAt: string | null = null;
  if (input.html && !input.text) {
    const h = htmlToText(input.html);
    raw = h.text;
    title = title ?? h.title;
    metaPublishedAt = h.metaPublishedAt;
  }
  raw = normalizeWhitespace(raw);
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

  // A tagger failure is not swallowed: the consumer retries, then the dead-letter queue marks the article failed.
  const mentions = tag(text, { referenceDate: publishedAt, language });
  const usable = usableDateMentions(mentions, text, locale, { keepBounds: true }).sort((a, b) => a.start - b.start);
  const sentences = segmentSentences(text, language);
  const ctx = articleContext(text, sentences, mentions, language, locale, publishedDay);

  const antecedents: Antecedents = new Map();
  const incidents = sentences.flatMap(
    ((ref: Reference) => (s: Sentence) => {
      const dated = sentenceDated(s, usable, ctx);
      // Told without any temporal expression at all: at the narrative's reference time (a dropped date still says "not today").
      const bare = !dated.length && !mentions.some((m) => saysWhen(m) && m.start < s.end && s.start < m.end);
      const date = referenceDate(ref, s.index, publishedDay);
      const undated = bare ? undatedIncident(s, ctx, { event: date, report: reportDate(ref, s.index, publishedDay) }) : undefined;
      // Dates that all belong to a report's content (background or plan) leave the report at the reference time.
      const offStory = date && dated.length && nextReference(ref, dated, publishedDay).at !== "story";
      const report = offStory ? reportAtReference(s, ctx, date, dated, usable.filter((m) => m.start >= s.start && m.end <= s.end).map((m) => m.start - s.start)) : undefined;
      // "Since its launch …": an event noun referring back to an event told earlier takes its date.
      const anaphoric = bare ? anaphoricIncidents(s, ctx, antecedents).filter((a) => a.trigger !== undated?.trigger) : [];
      ref = nextReference(ref, dated, publishedDay);
      noteAntecedents(antecedents, s, ctx, dated);
      return [...dated, ...(undated ? [undated] : []), ...(report ? [report] : []), ...anaphoric];
    })(START),
  );
  // Keys must be unique within the article (the same sentence may be repeated verbatim).
  const seen = new Map<string, number>();
  for (const inc of incidents) {
    const n = seen.get(inc.key) ?? 0;
    seen.set(inc.key, n + 1);
    if (n) inc.key = `${inc.key}-${n}`;
  }
  return { language, title, text, publishedAt, publishedAtSource, incidents };
}
