/**
 * Dated incidents of an article: the tagger's DATE/TIME mentions (with a range) are mapped to
 * sentences by offsets; each date is attached to the trigger that governs it in its clause
 * (nearest trigger, preferring the same clause, then verbs); one incident per (trigger, date).
 */
import type { TemporalMention } from "../temporal/types";
import type { ExtractedIncident, IncidentDate } from "./types";
import type { LocaleData } from "./locales";
import type { Sentence } from "./sentences";
import { findTriggers, type TriggerMatch } from "./triggers";
import { findSentenceEntities, type Entity } from "./entities";
import { inferStatus } from "./status";
import { buildTitle } from "./title";
import { KIND_RANK } from "./kinds";
import { cyrb53 } from "./hash";

/** Tagger mentions that can date an incident: DATE/TIME with a range, not durations or bounds. */
export function usableDateMentions(mentions: TemporalMention[], text: string, locale: LocaleData): TemporalMention[] {
  return mentions.filter((m) => {
    if ((m.type !== "DATE" && m.type !== "TIME") || !m.range) return false;
    if (m.granularity === "duration" || m.granularity === "set" || m.granularity === "vague") return false;
    const t = m.text.trim();
    if (locale.durationLike.test(t)) return false;
    // Fragments inside a word ("jeu" of "jeu vidéo" read as jeudi) are not dates.
    const prev = text[m.start - 1] ?? " ";
    const next = text[m.end] ?? " ";
    if (/[\p{L}\p{N}]/u.test(prev) || /[\p{L}\p{N}]/u.test(next)) return false;
    if (/^\p{L}{1,3}\.?$/u.test(t) && !/^(?:mai|may|\d+)$/iu.test(t)) return false;
    // Bounds ("depuis 2020", "jusqu'à mercredi") are not the date of the event.
    const before = text.slice(Math.max(0, m.start - 15), m.start);
    if (locale.sinceCue.test(before)) return false;
    return true;
  });
}

function clauseBounds(sentence: string, locale: LocaleData): number[] {
  const cuts = [0];
  const re = new RegExp(locale.clauseBreak.source, locale.clauseBreak.flags.includes("g") ? locale.clauseBreak.flags : locale.clauseBreak.flags + "g");
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    cuts.push(m.index);
    if (m[0].length === 0) re.lastIndex++;
  }
  cuts.push(sentence.length);
  return cuts;
}

function clauseIndex(cuts: number[], pos: number): number {
  for (let i = cuts.length - 1; i >= 0; i--) if (pos >= cuts[i]) return i;
  return 0;
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
    const dist = t.end <= date.start ? date.start - t.end : t.start >= date.end ? t.start - date.end : 0;
    const clausePenalty = Math.abs(clauseIndex(cuts, t.start) - dc) * 60;
    const statementPenalty = t.entry.kind === "statement" ? 8 : 0; // reporting verbs lose close ties
    const nounPenalty = t.entry.pos === "noun" ? 4 : 0;
    const score = dist + clausePenalty + statementPenalty + nounPenalty;
    if (score < bestScore || (score === bestScore && best && KIND_RANK[t.entry.kind] > KIND_RANK[best.entry.kind])) {
      best = t;
      bestScore = score;
    }
  }
  return best;
}

export interface ArticleContext {
  language: string;
  locale: LocaleData;
  publishedDay: string;
  /** canonical → longest surface form in the article (for headlines in the source language). */
  surfaces: Map<string, string>;
  /** Most mentioned people of the article, most salient first (light coreference for "il", "les deux hommes"). */
  salientPeople: string[];
}

const PRONOUN_SUBJECT = {
  fr: { one: /(?<![\p{L}])(?:il|elle|le dirigeant|la dirigeante|le président|le leader|le dictateur|le chef)(?![\p{L}])/iu, two: /(?<![\p{L}])(?:les deux (?:hommes|dirigeants|leaders|chefs d['’]État|présidents))(?![\p{L}])/iu },
  en: { one: /\b(?:he|she|the leader|the president|the dictator)\b/i, two: /\b(?:the two (?:men|leaders|presidents))\b/i },
};

export function sentenceIncidents(
  s: Sentence,
  dates: TemporalMention[],
  ctx: ArticleContext,
): ExtractedIncident[] {
  const { locale } = ctx;
  const triggers = findTriggers(s.text, locale);
  if (!triggers.length || !dates.length) return [];
  const entities = findSentenceEntities(s.text, locale);
  const out: ExtractedIncident[] = [];
  const used = new Set<string>();
  for (const dm of dates) {
    const rel = { start: dm.start - s.start, end: dm.end - s.start };
    // A trigger inside the date expression ("fin de l'année") does not count.
    const trig = governingTrigger(s.text, rel, triggers.filter((t) => t.end <= rel.start || t.start >= rel.end), locale);
    if (!trig) continue;
    const date = toIncidentDate(dm);
    const dedupe = `${trig.start}:${date.value}`;
    if (used.has(dedupe)) continue;
    used.add(dedupe);
    out.push(buildIncident(s, trig, date, entities, ctx, rel));
  }
  return out;
}

function buildIncident(
  s: Sentence,
  trig: TriggerMatch,
  date: IncidentDate,
  entities: Entity[],
  ctx: ArticleContext,
  dateRel: { start: number; end: number },
): ExtractedIncident {
  const { locale, language } = ctx;
  const named = entities.filter((e) => !e.adjective);
  let actorEntities = named.filter((e) => e.role === "actor");
  // People first, nearest the trigger first.
  const near = (e: Entity) => Math.abs(e.start - trig.start);
  actorEntities = [...actorEntities].sort((a, b) => (a.type === "person" ? 0 : 1) - (b.type === "person" ? 0 : 1) || near(a) - near(b));
  let actors = [...new Set(actorEntities.map((e) => e.name))];
  const people = actors.filter((a) => named.some((e) => e.name === a && e.type === "person"));
  if (!people.length && ctx.salientPeople.length) {
    const pr = PRONOUN_SUBJECT[language as "fr" | "en"] ?? PRONOUN_SUBJECT.en;
    const before = s.text.slice(0, trig.start);
    if (pr.two.test(s.text) && ctx.salientPeople.length >= 2) actors = [...ctx.salientPeople.slice(0, 2), ...actors];
    else if (pr.one.test(before) || /^\s*\p{Ll}/u.test(before)) actors = [ctx.salientPeople[0], ...actors];
  }
  const placeEntities = entities.filter((e) => e.role === "place");
  const places = [...new Set(placeEntities.map((e) => e.name))];
  // Headline place: a named place after the trigger first (its object), then the nearest one.
  const namedPlaces = placeEntities.filter((e) => !e.adjective);
  const after = namedPlaces.filter((e) => e.start >= trig.end).sort((a, b) => (a.type === "country" ? 1 : 0) - (b.type === "country" ? 1 : 0) || a.start - b.start);
  const headPlace = after.find((e) => e.start - trig.end < 80) ?? [...namedPlaces].sort((a, b) => near(a) - near(b))[0];
  const surface = (name: string) => ctx.surfaces.get(name) ?? name;
  const personActors = actors.filter((a) => named.some((e) => e.name === a && e.type === "person") || ctx.salientPeople.includes(a));
  const titleActors = (personActors.length ? personActors : actors).map(surface);
  const title = buildTitle({
    language,
    trigger: trig,
    actors: titleActors,
    place: headPlace ? { canonical: headPlace.name, surface: s.text.slice(headPlace.start, headPlace.end), type: headPlace.type } : undefined,
  });
  const clauseStart = Math.max(0, Math.min(trig.start, dateRel.start) - 60);
  const clause = s.text.slice(clauseStart, Math.max(trig.end, dateRel.end) + 40);
  const status = inferStatus(clause, trig, trig.start - clauseStart, locale, date.start, ctx.publishedDay);
  const key = cyrb53(`${trig.text.toLowerCase()}|${date.value}|${s.text}`);
  return {
    key,
    title,
    kind: trig.entry.kind,
    status,
    date,
    actors: [...new Set(actors)].sort(),
    places: places.sort(),
    quote: s.text,
    trigger: trig.text,
    sentenceIndex: s.index,
  };
}
