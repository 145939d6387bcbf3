/**
 * Dated incidents of an article: the tagger's DATE/TIME mentions (with a range) are mapped to
 * sentences by offsets; each date is attached to the trigger that governs it in its clause
 * (nearest trigger, preferring the same clause, then verbs); one incident per (trigger, date).
 */
import type { TemporalMention } from "../temporal/types";
import type { ExtractedIncident, IncidentDate } from "./types";
import type { LocaleData } from "../languages";
import type { Sentence } from "./sentences";
import { findTriggers, type TriggerMatch } from "./triggers";
import type { ArticleEntities, Entity } from "./entities";
import { KIND_RANK } from "./kinds";
import { clauseBounds, clauseIndex } from "./incident/clauses";
import { buildIncident } from "./incident/build";
import { reportedEvents } from "./incident/attribution";
import { isDatelineDate } from "./dateline";
import { elapsedEvents } from "./incident/elapsed";

/** "start" for a starting bound ("depuis mardi", "since 2020"), "end" for a closing one ("jusqu'à mercredi"). */
export function dateBound(m: { start: number; end?: number }, text: string, locale: LocaleData): "start" | "end" | undefined {
  const before = text.slice(Math.max(0, m.start - 15), m.start);
  const cue = locale.sinceCue.exec(before);
  if (!cue) return undefined;
  // "since the January 1998 bombing": the date names the event that follows, it bounds nothing.
  if ("end" in m && typeof m.end === "number" && namesFollowingEvent(m.end, text, locale)) return undefined;
  return locale.startCue.test(cue[0]) ? "start" : "end";
}

/** The date ending at `end` modifies the event noun right after it ("the January 1998 bombing", "Thursday's ruling"). */
function namesFollowingEvent(end: number, text: string, locale: LocaleData): boolean {
  const after = text.slice(end, end + 30);
  return /^['’]s?(?![\p{L}])/u.test(after) || findTriggers(after, locale).some((t) => t.start <= 1 && t.entry.sense !== "generic");
}

const complementCache = new WeakMap<LocaleData, RegExp>();
/** An event noun's short complement up to the year: "(du monde) 2003", "(législatives) 2002". */
function nounComplementRe(locale: LocaleData): RegExp {
  let re = complementCache.get(locale);
  if (!re) {
    re = new RegExp(`^(?:\\s+(?:${locale.nounComplement ?? "(?!)"})?\\s*[\\p{L}-]+)?\\s+$`, "u");
    complementCache.set(locale, re);
  }
  return re;
}

/** "le Championnat du monde 2003", "les élections législatives 2002": the year of a named event. */
function eventNounBefore(before: string, locale: LocaleData): boolean {
  return findTriggers(before, locale).some(
    (t) => t.entry.pos === "noun" && nounComplementRe(locale).test(before.slice(t.end)),
  );
}

/**
 * Tagger mentions that can date an incident: DATE/TIME with a range, not durations, comparison
 * points ("par rapport à août 2001") or negated dates ("et non le jeudi 30"). Bounds ("depuis
 * mardi", "jusqu'à mercredi") are kept only with `keepBounds` (see `dateBound`): they date an
 * event's start or end when the event has no date of its own.
 */
export function usableDateMentions(mentions: TemporalMention[], text: string, locale: LocaleData, opts: { keepBounds?: boolean } = {}): TemporalMention[] {
  return mentions.filter((m) => !dropReason(m, text, locale, opts));
}

/** Why a tagger mention cannot date an incident (undefined when it can). */
export function dropReason(m: TemporalMention, text: string, locale: LocaleData, opts: { keepBounds?: boolean } = {}): string | undefined {
  if ((m.type !== "DATE" && m.type !== "TIME") || !m.range) return "no calendar range";
  if (m.granularity === "duration" || m.granularity === "set" || m.granularity === "vague") return "duration/set/vague";
  // "the late 1980s", "the 20th century", "a decade ago": too coarse to place an incident on a news timeline.
  if (m.granularity === "decade" || m.granularity === "century") return "decade/century";
  const t = m.text.trim();
  if (isDatelineDate(text, m.start, m.end)) return "dateline (filing date)";
  if (locale.durationLike.test(t)) return "duration wording";
  // Fragments inside a word ("jeu" of "jeu vidéo" read as jeudi) are not dates.
  const prev = text[m.start - 1] ?? " ";
  const next = text[m.end] ?? " ";
  if (/[\p{L}\p{N}]/u.test(prev) || /[\p{L}\p{N}]/u.test(next)) return "inside a word";
  if (/^\p{L}{1,3}\.?$/u.test(t) && !locale.shortDateWord?.test(t)) return "short fragment";
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  // Wide enough for a baseline figure between cue and date ("from $4 million, or 24 cents a share, a year earlier").
  if (locale.notEventDateCue?.test(text.slice(Math.max(0, m.start - 90), m.start))) return "comparison point or negated date";
  // "after Jan. 1, 1990", "ahead of the weekend": the event lies before or after the date, not on it
  // (but "after Thursday's ruling", "after the Oct. 23 slaying" date the event noun they modify).
  if (locale.orderCue?.test(before) && !namesFollowingEvent(m.end, text, locale)) return "ordering point (before/after)";
  // A bare year right after a common noun names the thing rather than dating an event ("le bilan
  // 2001", "la saison 2002/2003", "vente de bois 2002"); "en 2011", "the 2019 summit" stay.
  if (/^\d{4}$/.test(t) && locale.yearNamingCue && !eventNounBefore(before, locale) && (locale.yearNamingCue.test(before) || /\d{4}\s*[/–-]\s*$/u.test(before)))
    return "year naming a thing";
  if (locale.limitNounAfter?.test(text.slice(m.end, m.end + 20))) return "names a deadline";
  if (!opts.keepBounds && dateBound(m, text, locale)) return "bound";
  return undefined;
}

export function toIncidentDate(m: TemporalMention): IncidentDate {
  const start = m.range!.start.slice(0, 10);
  const end = m.range!.end.slice(0, 10);
  return { value: m.value, start, end: end < start ? start : end, granularity: m.granularity, text: m.text };
}

/** Choose the trigger that a date governs in its sentence. */
export function governingTrigger(
  sentence: string,
  date: { start: number; end: number },
  triggers: TriggerMatch[],
  locale: LocaleData,
): TriggerMatch | undefined {
  if (!triggers.length) return undefined;
  const cuts = clauseBounds(sentence, locale);
  const dc = clauseIndex(cuts, date.start);
  let best: TriggerMatch | undefined;
  let bestScore = Infinity;
  for (const t of triggers) {
    // Date adverbials mostly follow their verb (or open the sentence): triggers after the date cost more.
    const dist = t.end <= date.start ? date.start - t.end : t.start >= date.end ? (t.start - date.end) * 1.3 + 3 : 0;
    const clausePenalty = Math.abs(clauseIndex(cuts, t.start) - dc) * 60;
    const statementPenalty = t.entry.kind === "statement" ? 8 : 0; // reporting verbs lose close ties
    const nounPenalty = t.entry.pos === "noun" ? 4 : 0;
    const genericPenalty = t.entry.sense === "generic" ? 25 : 0; // lexicon triggers first
    const score = dist + clausePenalty + statementPenalty + nounPenalty + genericPenalty;
    if (score < bestScore || (score === bestScore && best && KIND_RANK[t.entry.kind] > KIND_RANK[best.entry.kind])) {
      best = t;
      bestScore = score;
    }
  }
  return best;
}

/** The event noun a generic predicate governs as its object, within a few words after it and before any other verb. */
function lightVerbObject(text: string, verb: TriggerMatch, triggers: TriggerMatch[]): TriggerMatch | undefined {
  const next = triggers.find((t) => t.start >= verb.end);
  if (!next || next.entry.pos !== "noun" || next.entry.sense === "generic" || next.start - verb.end > 30) return undefined;
  return /[,;:.!?]/u.test(text.slice(verb.end, next.start)) ? undefined : next;
}

export interface ArticleContext {
  language: string;
  locale: LocaleData;
  publishedDay: string;
  /** The article's people, organisations and places (one canonical name per actor). */
  entities: ArticleEntities;
  /** Named actors of the i-th sentence, in order (for anaphora: "il", "the automaker", "les deux hommes"); [] out of range. */
  actorsIn(i: number): Entity[];
}


export function sentenceIncidents(s: Sentence, dates: TemporalMention[], ctx: ArticleContext): ExtractedIncident[] {
  const boundOf = (dm: TemporalMention) => dateBound({ start: dm.start - s.start, end: dm.end - s.start }, s.text, ctx.locale);
  const { locale } = ctx;
  const triggers = findTriggers(s.text, locale);
  if (!triggers.length || !dates.length) return [];
  const entities = ctx.entities.inSentence(s);
  const out: ExtractedIncident[] = [];
  const used = new Set<string>();
  const rels = dates.map((dm) => ({ dm, start: dm.start - s.start, end: dm.end - s.start }));
  const emit = (trig: TriggerMatch, dm: TemporalMention, rel: { start: number; end: number }, forced?: ExtractedIncident["status"], via?: TriggerMatch, reportedBy?: TriggerMatch) => {
    const date = toIncidentDate(dm);
    // "le forum … se termine mercredi": the occurrence verb gives the event noun's end (or start).
    if (via && via !== trig && !boundOf(dm)) {
      if (locale.endVerb?.test(via.text)) date.bound = "end";
      else if (locale.startVerb?.test(via.text)) date.bound = "start";
    }
    const bound = boundOf(dm);
    if (bound) {
      // The words as written carry the bound ("jusqu'à mercredi"): it survives storage as the date text.
      const before = s.text.slice(Math.max(0, rel.start - 15), rel.start);
      const cue = locale.sinceCue.exec(before)?.[0].trim();
      date.bound = bound;
      if (cue) date.text = `${cue}${/['’]$/u.test(cue) ? "" : " "}${date.text}`;
    }
    const dedupe = `${trig.start}:${date.value}`;
    if (used.has(dedupe)) return;
    used.add(dedupe);
    const inc = buildIncident({ s, trig, date, dateRel: rel, entities, ctx, triggers, dates: rels, reportedBy });
    if (forced && inc.status === "happened") inc.status = forced;
    out.push(inc);
  };
  // A trigger inside a date expression does not count ("27 March, 28 March": the month is no march), nor a present state (it holds at the time of writing, see incident/undated.ts).
  const outside = triggers.filter((t) => rels.every((r) => t.end <= r.start || t.start >= r.end) && t.entry.sense !== "state");
  const governed = (rel: { start: number; end: number }) => {
    let trig = governingTrigger(s.text, rel, outside, locale);
    if (!trig) return { outside, trig, via: trig };
    const via = trig;
    // Occurrence verbs ("a eu lieu", "se termine") and generic predicates ("le départ … a été
    // marqué") date the event noun they predicate.
    if (trig.entry.sense === "occurrence" || trig.entry.sense === "generic") {
      const t0 = trig;
      const reach = trig.entry.sense === "occurrence" ? 80 : 40;
      const noun = outside
        .filter((t) => t.entry.pos === "noun" && t.entry.kind !== "statement" && t.end <= t0.start && t0.start - t.end < reach)
        .sort((a, b) => b.end - a.end)[0];
      if (noun) trig = noun;
      // A light verb and its event noun ("a procédé à un remaniement", "carried out an attack"): the noun is the event.
      else if (t0.entry.sense === "generic") trig = lightVerbObject(s.text, t0, outside) ?? trig;
    }
    return { outside, trig, via };
  };
  const govern = rels.map((r) => governed(r));
  for (const [k, { dm, start, end }] of rels.entries()) {
    const rel = { start, end };
    const { outside, trig, via } = govern[k];
    if (!trig) continue;
    // A bound ("jusqu'à mercredi", "depuis mardi") dates the start or end of an event that has no
    // date of its own in the sentence; otherwise the event's own date wins.
    if (boundOf(dm) && govern.some((g, j) => j !== k && g.trig === trig && !boundOf(rels[j].dm))) continue;
    // A bound follows its predicate ("se déroule jusqu'à mercredi") or opens the sentence ("Depuis 1999, …");
    // one placed before another predicate belongs to something else ("sans club depuis janvier, n'a pas convaincu").
    if (boundOf(dm) && trig.start > start && s.text.slice(0, start).replace(locale.sinceCue, "").trim() !== "") continue;
    if (trig.entry.kind === "statement" && trig.entry.sense !== "denial") {
      // A report of an event is the event: "Kyodo rapporte que X est arrivé" → the arrival, attributed to Kyodo.
      const events = reportedEvents(s.text, trig, outside, locale);
      const event = events.find((t) => t.entry.pos === "verb") ?? events[0];
      if (event) {
        const ownDate = govern.some((g, j) => j !== k && g.trig === event);
        if (!ownDate) emit(event, dm, rel, undefined, undefined, trig);
        continue;
      }
    }
    emit(trig, dm, rel, undefined, via);
  }
  addElapsedEvents(s, triggers, out, ctx, (trig, date, rel) => buildIncident({ s, trig, date, dateRel: rel, entities, ctx, triggers, dates: rels }));
  return out;
}

/** "Five years after its launch, …": the launch, dated back from the sentence's event (see incident/elapsed.ts), replacing what the date gave it. */
function addElapsedEvents(s: Sentence, triggers: TriggerMatch[], out: ExtractedIncident[], ctx: ArticleContext, build: (t: TriggerMatch, d: IncidentDate, rel: { start: number; end: number }) => ExtractedIncident): void {
  const anchor = out.find((i) => i.date.granularity === "day" || i.date.granularity === "month")?.date.start ?? ctx.publishedDay;
  for (const e of elapsedEvents(s.text, triggers, anchor, ctx.locale)) {
    for (let i = out.length - 1; i >= 0; i--) if (out[i].trigger === e.trig.text && out[i].quote === build(e.trig, e.date, e.rel).quote) out.splice(i, 1);
    out.push(build(e.trig, e.date, e.rel));
  }
}

