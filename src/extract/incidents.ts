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
import { findSentenceEntities, type Entity } from "./entities-legacy";
import { inferStatus } from "./status";
import { buildTitle } from "./title";
import { statementHeadline } from "./reported";
import { KIND_RANK } from "./kinds";
import { cyrb53 } from "./hash";
import { entryFor } from "./gazetteer";

/** "start" for a starting bound ("depuis mardi", "since 2020"), "end" for a closing one ("jusqu'à mercredi"). */
export function dateBound(m: { start: number; end?: number }, text: string, locale: LocaleData): "start" | "end" | undefined {
  const before = text.slice(Math.max(0, m.start - 15), m.start);
  const cue = locale.sinceCue.exec(before);
  if (!cue) return undefined;
  // "since the January 1998 bombing": the date names the event that follows, it bounds nothing.
  if ("end" in m && typeof m.end === "number" && namesFollowingEvent(m.end, text, locale)) return undefined;
  return (locale.startCue ?? /depuis|since/iu).test(cue[0]) ? "start" : "end";
}

/** The date ending at `end` modifies the event noun right after it ("the January 1998 bombing", "Thursday's ruling"). */
function namesFollowingEvent(end: number, text: string, locale: LocaleData): boolean {
  const after = text.slice(end, end + 30);
  return /^['’]s?(?![\p{L}])/u.test(after) || findTriggers(after, locale).some((t) => t.start <= 1 && t.entry.sense !== "generic");
}

/** "le Championnat du monde 2003", "les élections législatives 2002": the year of a named event. */
function eventNounBefore(before: string, locale: LocaleData): boolean {
  return findTriggers(before, locale).some(
    (t) => t.entry.pos === "noun" && /^(?:\s+(?:du|de|des|de la|d['’]|of the|of)?\s*[\p{L}-]+)?\s+$/u.test(before.slice(t.end)),
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
  if (locale.durationLike.test(t)) return "duration wording";
  // Fragments inside a word ("jeu" of "jeu vidéo" read as jeudi) are not dates.
  const prev = text[m.start - 1] ?? " ";
  const next = text[m.end] ?? " ";
  if (/[\p{L}\p{N}]/u.test(prev) || /[\p{L}\p{N}]/u.test(next)) return "inside a word";
  if (/^\p{L}{1,3}\.?$/u.test(t) && !/^(?:mai|may|\d+)$/iu.test(t)) return "short fragment";
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

export interface ArticleContext {
  language: string;
  locale: LocaleData;
  publishedDay: string;
  /** canonical → preferred surface form in the article (for headlines in the source language). */
  surfaces: Map<string, string>;
  /** People named in each sentence, in order (for light coreference: "il", "les deux hommes"). */
  peopleBySentence: string[][];
  /** All tagger date mentions usable as dates, per sentence index (to check competing dates). */
}

const PRONOUN_SUBJECT = {
  fr: {
    one: /(?<![\p{L}])(?:il|elle|le dirigeant|la dirigeante|le président|le leader|le dictateur|le chef|le numéro un)(?![\p{L}])/iu,
    two: /(?<![\p{L}])(?:les deux (?:hommes|dirigeants|leaders|chefs d['’]État|présidents))(?![\p{L}])/iu,
  },
  en: { one: /\b(?:he|she|the leader|the president|the dictator)\b/i, two: /\b(?:the two (?:men|leaders|presidents))\b/i },
};

/** People mentioned in the closest previous sentences (subject of the latest one first). */
function recentPeople(ctx: ArticleContext, sentenceIndex: number, n: number): string[] {
  const out: string[] = [];
  for (let i = sentenceIndex - 1; i >= 0 && i >= sentenceIndex - 4 && out.length < n; i--) {
    for (const p of ctx.peopleBySentence[i] ?? []) if (!out.includes(p) && out.length < n) out.push(p);
  }
  return out;
}

/** The article's most mentioned people so far ("les deux hommes" → the two protagonists). */
function salientPeople(ctx: ArticleContext, sentenceIndex: number): string[] {
  const counts = new Map<string, number>();
  for (let i = 0; i <= sentenceIndex && i < ctx.peopleBySentence.length; i++)
    for (const p of ctx.peopleBySentence[i]) counts.set(p, (counts.get(p) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([p]) => p).slice(0, 2);
}

const AUX_PAST = /(?:(?<![\p{L}])(?:est|sont|a|ont|avait|avaient|était|étaient|has|have|had|was|were)\s+(?:\p{L}+\s+)?)$/iu;

export function sentenceIncidents(s: Sentence, dates: TemporalMention[], ctx: ArticleContext): ExtractedIncident[] {
  const boundOf = (dm: TemporalMention) => dateBound({ start: dm.start - s.start, end: dm.end - s.start }, s.text, ctx.locale);
  const { locale } = ctx;
  const triggers = findTriggers(s.text, locale);
  if (!triggers.length || !dates.length) return [];
  const entities = findSentenceEntities(s.text, locale);
  const out: ExtractedIncident[] = [];
  const used = new Set<string>();
  const rels = dates.map((dm) => ({ dm, start: dm.start - s.start, end: dm.end - s.start }));
  const emit = (trig: TriggerMatch, dm: TemporalMention, rel: { start: number; end: number }, forced?: ExtractedIncident["status"], via?: TriggerMatch) => {
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
    const inc = buildIncident(s, trig, date, entities, ctx, rel, triggers, rels);
    if (forced && inc.status === "happened") inc.status = forced;
    out.push(inc);
  };
  const governed = (rel: { start: number; end: number }) => {
    // A trigger inside the date expression does not count.
    const outside = triggers.filter((t) => t.end <= rel.start || t.start >= rel.end);
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
    emit(trig, dm, rel, undefined, via);
    // "X rapporte/a déclaré que Y est arrivé": the reported past event shares the date when it has none of its own.
    if (trig.entry.kind === "statement" && trig.entry.sense !== "denial") {
      const t0 = trig;
      const embedded = outside.find((t) => {
        if (t.start <= t0.end || t.entry.kind === "statement" || t.entry.pos !== "verb") return false;
        const between = s.text.slice(t0.end, t.start);
        if (!/(?<![\p{L}])(?:que|qu['’]|that)(?![\p{L}])/iu.test(between) || between.length > 120) return false;
        return AUX_PAST.test(s.text.slice(Math.max(0, t.start - 40), t.start)) || /ed$/i.test(t.text);
      });
      if (embedded) {
        const ownDate = rels.some((r) => r !== rels[k] && governingTrigger(s.text, r, outside, locale) === embedded);
        if (!ownDate) emit(embedded, dm, rel, "reported");
      }
    }
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
  allTriggers?: TriggerMatch[],
  allDates?: { start: number; end: number }[],
): ExtractedIncident {
  const { locale, language } = ctx;
  const named = entities.filter((e) => !e.adjective);
  // People: before the trigger (first mention first, i.e. the subject), then after it.
  const persons = named.filter((e) => e.type === "person");
  const before = persons.filter((e) => e.end <= trig.start).sort((a, b) => a.start - b.start);
  const after = persons.filter((e) => e.start >= trig.start).sort((a, b) => a.start - b.start);
  let people = [...new Set([...before, ...after].map((e) => e.name))];
  let statementSpeaker: string | undefined;
  let speakerSurface: string | undefined;
  let speakerBefore = false;
  const orgs = [...new Set(named.filter((e) => e.type === "org").sort((a, b) => Math.abs(a.start - trig.start) - Math.abs(b.start - trig.start)).map((e) => e.name))];
  const pr = PRONOUN_SUBJECT[language as "fr" | "en"] ?? PRONOUN_SUBJECT.en;
  const textBefore = s.text.slice(0, trig.start);
  if (pr.two.test(s.text) && people.length < 2) {
    people = [...new Set([...people, ...salientPeople(ctx, s.index)])].slice(0, Math.max(2, people.length));
  } else if (!before.length && (pr.one.test(textBefore) || /^\s*\p{Ll}/u.test(textBefore))) {
    // "le dirigeant nord-coréen": the recent or salient person of that country, else the latest one.
    const nation = entities.filter((e) => e.adjective && e.end <= trig.start && trig.start - e.end < 40).map((e) => e.name);
    const ofNation = nation.length
      ? [...recentPeople(ctx, s.index, 4), ...salientPeople(ctx, s.index)].find((p) => { const w = entryFor(p)?.within; return !!w && nation.includes(w); })
      : undefined;
    const prev = ofNation ? [ofNation] : recentPeople(ctx, s.index, 1);
    people = [...new Set([...prev, ...people])];
  }
  if (trig.entry.kind === "statement") {
    // Inverted speaker after a reporting verb ("…, a annoncé mardi l'agence KCNA", "assure Washington").
    let afterPos = trig.end;
    if (dateRel.start >= trig.end && dateRel.start - trig.end <= 2) afterPos = dateRel.end;
    const after = s.text.slice(afterPos);
    const inverted = /[,»"”]\s*$/u.test(textBefore.replace(/\s*(?:a|ont|avait|avaient|a\s+également|ont\s+également)\s*$/u, "")) &&
      /^\s*(?:l['’]|le\s+|la\s+|les\s+)?(?:\p{Lu}|agence|journal|porte-parole|ministère|ministre|gouvernement|président)/u.test(after);
    if (inverted) {
      const speaker = named.filter((e) => e.start >= afterPos && e.start - afterPos < 60).sort((a, b) => a.start - b.start)[0];
      if (speaker) {
        const name = s.text.slice(speaker.start, speaker.end);
        if (speaker.type === "person") people = [speaker.name, ...people.filter((p) => p !== speaker.name)];
        else statementSpeaker = name;
        speakerSurface = speaker.type === "person" ? ctx.surfaces.get(speaker.name) ?? name : name;
      }
    } else {
      // The speaker is the subject: the first person or organisation before the reporting verb.
      const subject = named.filter((e) => e.role === "actor" && e.end <= trig.start).sort((a, b) => a.start - b.start)[0];
      speakerBefore = true;
      if (subject) {
        statementSpeaker = s.text.slice(subject.start, subject.end);
        speakerSurface = subject.type === "person" ? ctx.surfaces.get(subject.name) ?? statementSpeaker : statementSpeaker;
      } else if (!before.length) people = [];
    }
  }
  const actors = [...new Set([...people, ...orgs])];
  const placeEntities = entities.filter((e) => e.role === "place");
  const places = [...new Set(placeEntities.map((e) => e.name))];
  // Headline place: a named place just after the trigger (its object), cities before countries; else nearest.
  const namedPlaces = placeEntities.filter((e) => !e.adjective);
  const near = (e: Entity) => Math.abs(e.start - trig.start);
  const rank = (e: Entity) => (e.type === "country" ? 1 : 0);
  // Only places of the trigger's own clause can be its headline place.
  const cuts = clauseBounds(s.text, locale);
  const tc = clauseIndex(cuts, trig.start);
  const clausePlaces = namedPlaces.filter((e) => clauseIndex(cuts, e.start) === tc);
  const afterPlaces = clausePlaces.filter((e) => e.start >= trig.end && e.start - trig.end < 80).sort((a, b) => rank(a) - rank(b) || a.start - b.start);
  // With no person or organisation, a place named before the trigger is its subject ("Moscow denied").
  const subjectPlace = !people.length && !orgs.length && trig.entry.kind !== "statement" ? namedPlaces.find((e) => e.end <= trig.start) : undefined;
  let headPlace = afterPlaces[0] ?? [...clausePlaces].filter((e) => e !== subjectPlace).sort((a, b) => rank(a) - rank(b) || near(a) - near(b))[0];
  // A locative relative clause ("…, où se déroule le forum") takes the place it refers back to.
  if (!headPlace && /^[\s,]*(?:où|where)(?![\p{L}])/iu.test(s.text.slice(cuts[tc], cuts[tc + 1] ?? s.text.length))) {
    headPlace = namedPlaces.filter((e) => e.end <= cuts[tc]).sort((a, b) => rank(a) - rank(b) || b.end - a.end)[0];
  }
  const subjectName = subjectPlace ? placeSubject(subjectPlace, s.text, language) : undefined;
  const surface = (name: string) => ctx.surfaces.get(name) ?? name;
  // "parti … à destination de la Russie": the place of a departure is where it goes, not what it leaves.
  let titleTrigger = trig;
  if (trig.entry.sense === "departure" && headPlace && /(?:à destination d[eu'’]|en direction d[eu'’]|vers|pour|bound for|heading for|for|to)\s*(?:la |le |l['’]|les |the )?$/iu.test(s.text.slice(Math.max(0, headPlace.start - 30), headPlace.start)))
    titleTrigger = { ...trig, entry: { ...trig.entry, verb: language === "fr" ? "part pour" : "leaves for", placePrep: "" } };
  const title = buildTitle({
    language,
    trigger: titleTrigger,
    people: statementSpeaker ? [] : people.map(surface),
    orgs: statementSpeaker ? [statementSpeaker] : subjectName ? [subjectName] : orgs.map(surface),
    place: headPlace ? { canonical: headPlace.name, surface: s.text.slice(headPlace.start, headPlace.end), type: headPlace.type } : undefined,
    nounPhrase: trig.entry.pos === "noun" ? nounPhrase(s.text, trig, dateRel, locale) : undefined,
    auxiliaries: locale.auxiliaries,
  });
  let headline = title;
  if (trig.entry.kind === "statement" && allTriggers) {
    headline =
      statementHeadline({
        text: s.text,
        trigger: trig,
        triggers: allTriggers,
        locale,
        language,
        speaker: speakerSurface,
        speakerBefore,
        dates: allDates ?? [],
        titleFor: (t) => buildIncident(s, t, date, entities, ctx, dateRel).title,
      }) ?? title;
  }
  const clauseStart = Math.max(0, Math.min(trig.start, dateRel.start) - 60);
  const clause = s.text.slice(clauseStart, Math.max(trig.end, dateRel.end) + 40);
  const status = inferStatus(clause, trig, trig.start - clauseStart, locale, date.start, ctx.publishedDay);
  const key = cyrb53(`${trig.text.toLowerCase()}|${date.value}|${s.text}`);
  return {
    key,
    title: headline,
    kind: trig.entry.kind,
    status,
    date,
    actors: actors.sort(),
    places: places.sort(),
    quote: s.text,
    trigger: trig.text,
    sentenceIndex: s.index,
  };
}

function placeSubject(e: Entity, text: string, language: string): string {
  const surface = text.slice(e.start, e.end);
  const obj = e.type === "country" ? entryFor(e.name)?.objPhrase?.[language] : undefined;
  return obj ? obj.charAt(0).toUpperCase() + obj.slice(1) : surface;
}

const NP_STOP = new Set(
  "en à au aux dans pour avec qui que qu et par sur lors depuis après avant entre ne a est ont sont se sans vers contre mais ou dont où in at on for with who that and by after before since which to from was were is are has have".split(" "),
);

/** The trigger noun with its "de/of" complement as written: "invasion de l'Ukraine", "pandémie de Covid-19". */
export function nounPhrase(text: string, trig: TriggerMatch, dateRel: { start: number; end: number }, locale: LocaleData): string {
  const limit = trig.end < dateRel.start ? dateRel.start : text.length;
  const rest = text.slice(trig.end, limit);
  const m = /^(\s+(?:de la|de l['’]|du|des|de|d['’]|avec|of the|of|with)\s*)/iu.exec(rest);
  let phrase = trig.text;
  if (m) {
    const tokens = rest.slice(m[0].length).split(/(\s+)/);
    let taken = "";
    let words = 0;
    for (let i = 0; i < tokens.length; i += 2) {
      const tok = tokens[i];
      const clean = tok.replace(/[,;:.!?()«»"“”]+$/u, "");
      const low = clean.toLowerCase().replace(/^(?:l|d)['’]/u, "");
      if (!clean || (words > 0 && NP_STOP.has(low))) break;
      if (words > 0 && /^\p{Ll}/u.test(clean) && /^(?:l|d)['’]/iu.test(clean) === false && words >= 3) break;
      taken += (i ? tokens[i - 1] ?? " " : "") + clean;
      words++;
      if (clean !== tok || words >= 5) break;
    }
    if (words) phrase = `${trig.text}${m[0].replace(/\s+$/u, m[0].endsWith(" ") ? " " : "")}${taken.trim()}`;
  }
  void locale;
  return phrase.replace(/\s+/g, " ").trim();
}
