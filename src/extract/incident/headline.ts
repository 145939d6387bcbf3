/**
 * Headlines from the parsed parts, in the source language: actor + predicate + object/place
 * ("GM files for bankruptcy", « Kim Jong-un arrive à Khasan »); for a statement, what was said
 * ("Kyodo : …"). Never a single word, a bare pronoun or verb: a headline with fewer than two content
 * words is rebuilt from the principal actor, the predicate and the clause.
 */
import type { Entity } from "../entities";
import type { TriggerMatch } from "../triggers";
import type { LocaleData } from "../../languages";
import { buildTitle } from "../title";
import { reportedClause, statementHeadline } from "../reported";
import { nounPhrase } from "./noun-phrase";
import { clauseBounds, clauseIndex, quotedClause } from "./clauses";
import type { BuildArgs } from "./build";
import type { Participants } from "./participants";

export interface HeadlineArgs extends BuildArgs {
  parts: Participants;
  speaker?: Entity;
  titleFor: (t: TriggerMatch) => string | undefined;
}

/** Words that carry content: not function words, not punctuation. */
export function contentWords(title: string, locale: LocaleData): number {
  return contentWordList(title, locale).length;
}

/** The content words themselves, lower-cased. */
export function contentWordList(title: string, locale: LocaleData): string[] {
  return title
    .split(/[^\p{L}\p{N}'’-]+/u)
    .map((w) => w.toLowerCase().replace(/^(?:\p{L}['’])/u, ""))
    .filter((w) => w.length > 1 && !locale.stopwords.has(w));
}

function placeSubject(e: Entity, text: string, locale: LocaleData): string {
  const surface = text.slice(e.start, e.end);
  const obj = e.type === "country" ? locale.headline?.placePhrases?.[e.name]?.obj : undefined;
  return obj ? obj.charAt(0).toUpperCase() + obj.slice(1) : surface;
}

/** A departure's place introduced by a destination cue is where it goes ("parti … à destination de la Russie"). */
function titleTrigger(h: HeadlineArgs): TriggerMatch {
  const { parts, s, ctx } = h;
  // An entry without a headline verb is headlined with its predicate as written ("sold", "has settled"); so is an
  // occurrence verb said of an actor rather than of an event ("Maria Lund was born", not "Maria Lund takes place").
  // Not when the actor is written after the verb, its agent ("a press conference held by Apple"): the event is that noun.
  const after = parts.principal && h.entities.includes(parts.principal) && parts.principal.start >= h.trig.end;
  const occurrence = h.trig.entry.sense === "occurrence" && h.trig.entry.pos === "verb" && !after && (parts.actors.length > 0 || !!parts.principal);
  const trig = h.trig.entry.verb === "" ? { ...h.trig, entry: { ...h.trig.entry, verb: h.trig.text.replace(ctx.locale.auxiliaries, "") } }
    : occurrence ? { ...h.trig, entry: { ...h.trig.entry, verb: predicateAsWritten(h) } } : h.trig;
  const dest = ctx.locale.headline?.departureFor;
  const p = parts.headPlace;
  if (trig.entry.sense !== "departure" || !p || !dest || !dest.cue.test(s.text.slice(Math.max(0, p.start - 30), p.start))) return trig;
  return { ...trig, entry: { ...trig.entry, verb: dest.verb, placePrep: "" } };
}

/** The trigger with the auxiliaries written between its subject and it ("was born", "has begun"). */
function predicateAsWritten(h: HeadlineArgs): string {
  const { s, trig, ctx, parts } = h;
  const p = parts.principal && h.entities.includes(parts.principal) && parts.principal.end <= trig.start ? parts.principal : undefined;
  const between = p ? s.text.slice(p.end, trig.start) : "";
  const aux = between.trim() ? ctx.locale.auxiliaries.exec(`${between.trim()} `) : null;
  return aux && aux[0].trim() === between.trim() ? `${between.trim()} ${trig.text}` : trig.text;
}

function eventTitle(h: HeadlineArgs): string {
  const { s, parts, ctx, speaker } = h;
  // The principal leads: an organisation acting is not headlined by a person it acts on.
  const lead = parts.principal && parts.actors.includes(parts.principal) ? parts.principal : undefined;
  const ordered = lead ? [lead, ...parts.actors.filter((e) => e !== lead)] : parts.actors;
  const persons = ordered.filter((e) => e.type === "person").map((e) => e.name);
  const people = lead && lead.type !== "person" && h.trig.entry.kind !== "meeting" ? [] : persons;
  const orgs = ordered.filter((e) => e.type !== "person").map((e) => e.name);
  const subjectName = parts.subjectPlace ? placeSubject(parts.subjectPlace, s.text, ctx.locale) : undefined;
  const speakerName = speaker ? speaker.name : undefined;
  const p = parts.headPlace;
  return buildTitle({
    language: ctx.language,
    trigger: titleTrigger(h),
    people: speakerName ? (speaker!.type === "person" ? [speakerName] : []) : people,
    orgs: speakerName ? (speaker!.type === "person" ? [] : [speakerName]) : subjectName ? [subjectName] : orgs,
    place: p ? { canonical: p.name, surface: s.text.slice(p.start, p.end), type: p.type } : undefined,
    nounPhrase: h.trig.entry.pos === "noun" ? nounPhrase(s.text, h.trig, h.dateRel, ctx.locale) : undefined,
    grammar: ctx.locale.headline,
    auxiliaries: ctx.locale.auxiliaries,
  });
}

/** The trigger's clause as written, when short enough to be a headline (≤ `maxWords` words). */
function clauseTitle(h: HeadlineArgs, maxWords = 12): string | undefined {
  const cuts = clauseBounds(h.s.text, h.ctx.locale);
  const i = clauseIndex(cuts, h.trig.start);
  const clause = h.s.text.slice(cuts[i], cuts[i + 1] ?? h.s.text.length).replace(/^[\s,;:()"“”«»]+|[\s,;:.()"“”«»]+$/gu, "");
  const n = clause.split(/\s+/).length;
  return n >= 2 && n <= maxWords ? clause.charAt(0).toUpperCase() + clause.slice(1) : undefined;
}

export function headlineOf(h: HeadlineArgs): string {
  const { s, trig, ctx } = h;
  const title = eventTitle(h);
  let headline = title;
  if (trig.entry.kind === "statement") {
    headline =
      statementHeadline({
        text: s.text,
        trigger: trig,
        triggers: h.triggers,
        locale: ctx.locale,
        language: ctx.language,
        // A speaker referred to by a pronoun is named from another sentence: its canonical name, not this sentence's words.
        speaker: h.speaker ? (h.entities.includes(h.speaker) ? s.text.slice(h.speaker.start, h.speaker.end) : h.speaker.name) : undefined,
        speakerBefore: !!h.speaker && h.speaker.end <= trig.start,
        dates: h.dates,
        titleFor: h.titleFor,
      }) ??
      spokenClause(h) ??
      title;
  }
  if (trig.entry.sense === "state") headline = stateClause(h) ?? headline;
  if (trig.entry.kind !== "statement") headline = withObject(h, headline) ?? headline;
  if (contentWords(headline, ctx.locale) >= 2) return headline;
  const principal = h.parts.principal?.name;
  const rebuilt = principal ? `${principal} ${trig.text.replace(ctx.locale.auxiliaries, "")}` : undefined;
  if (rebuilt && contentWords(rebuilt, ctx.locale) >= 2) return rebuilt;
  return clauseTitle(h) ?? namedFallback(h, headline);
}

/** Words of a verb's object added to a headline of an actor and a verb, at most. */
const OBJECT_WORDS = 8;

/**
 * "Apple opened" → "Apple opened a store", "Steve Jobs started" → "Steve Jobs started Apple": a headline of its
 * actor and verb alone takes the verb's object as written, up to a phrase boundary, a
 * punctuation mark or the incident's date (none when a preposition follows the verb: "sold in six weeks").
 */
function withObject(h: HeadlineArgs, headline: string): string | undefined {
  const { s, trig, ctx } = h;
  const verb = trig.text.replace(ctx.locale.auxiliaries, "");
  // An auxiliary alone ("been") is no predicate to take an object.
  if (trig.entry.pos !== "verb" || !verb || ctx.locale.auxiliaries.test(`${verb} `) || !(headline.endsWith(` ${verb}`) || (trig.entry.verb && headline.endsWith(` ${trig.entry.verb}`)))) return undefined;
  const span = quotedClause(s.text, trig.start, ctx.locale);
  const until = h.dateRel.start > trig.end ? Math.min(span.end, h.dateRel.start) : span.end;
  const stop = ctx.locale.headline?.phraseStop ?? new Set<string>();
  const object: string[] = [];
  for (const w of s.text.slice(trig.end, until).split(/\s+/).filter(Boolean)) {
    const bare = w.replace(/[,;:.!?()"“”«»]+$/u, "");
    if (stop.has(bare.toLowerCase()) || /^[–—("“«]/u.test(w)) break;
    object.push(bare);
    if (bare !== w || object.length >= OBJECT_WORDS) break;
  }
  while (object.length && ctx.locale.stopwords.has(object[object.length - 1].toLowerCase())) object.pop();
  // A function word that is no determiner opens a complement, not an object ("acquires of NeXT", "as a result").
  const det = ctx.locale.determinerBefore;
  if (object.length && ctx.locale.stopwords.has(object[0].toLowerCase()) && !det?.test(`${object[0]} `)) return undefined;
  const title = `${headline} ${object.join(" ")}`;
  // An object that only repeats the headline's words ("iOS 5 demonstrated iOS 5") says nothing more.
  const known = new Set(contentWordList(headline, ctx.locale));
  const adds = contentWordList(object.join(" "), ctx.locale).some((w) => !known.has(w));
  return adds && balancedQuotes(title) ? title : undefined;
}

/** Words of a state's object in its headline, at most. */
const STATE_OBJECT_WORDS = 8;

/**
 * A state is headlined by its subject, its verb and its object as written ("The phone has two
 * cameras", "iPhone 4 has a new stainless steel frame"): from the subject (the principal named in the
 * clause before the verb, else the clause's start) to the object's end (a clause break, a comma, or a
 * phrase boundary after the first words). A subject pronoun is named by the actor it refers to.
 */
function stateClause(h: HeadlineArgs): string | undefined {
  const { s, trig, ctx, parts } = h;
  const span = quotedClause(s.text, trig.start, ctx.locale);
  const p = parts.principal;
  const named = p && h.entities.includes(p) && p.start >= span.start && p.end <= trig.start ? p : undefined;
  let subject = s.text.slice(named ? named.start : span.start, trig.start).replace(/^[\s,;:()"“”«»]+/u, "").trim();
  // "Structure-wise, iPhone 4 has", "The update, iPod Software 1.1.1, works": the subject after the last comma (or, when none is left, the principal).
  if (/,/u.test(subject)) subject = subject.slice(subject.lastIndexOf(",") + 1).trim();
  const pronoun = ctx.locale.reports ? new RegExp(`^(?:${ctx.locale.reports.pronoun})$`, "iu") : undefined;
  if (p && (subject === "" || ctx.locale.entities.personAnaphor.one.test(subject) || pronoun?.test(subject.split(/\s+/)[0] ?? ""))) subject = `${p.name}${subject.replace(/^\p{L}+/u, "")}`.trim();
  const rest = s.text.slice(trig.end, span.end).split(/\s+/).filter(Boolean);
  const stop = ctx.locale.headline?.phraseStop ?? new Set<string>();
  const object: string[] = [];
  for (const w of rest) {
    if (object.length >= 2 && stop.has(w.toLowerCase())) break;
    object.push(w);
    if (/[,;:.!?]$/u.test(w) || object.length >= STATE_OBJECT_WORDS) break;
  }
  const title = `${subject} ${trig.text} ${object.join(" ")}`.replace(/[\s,;:.–-]+$/u, "").trim();
  if (!subject || !object.length || !balancedQuotes(title) || contentWords(title, ctx.locale) < 3) return undefined;
  return title.charAt(0).toUpperCase() + title.slice(1);
}

/** A spoken clause is a whole clause, never cut: up to this many words. */
const SPOKEN_CLAUSE_WORDS = 20;

/**
 * A statement without a reported clause ("Steve called podcasting "Wayne's World for radio"", "He
 * demoed the widget"): its clause as written, quotations whole, with a pronoun subject replaced by the
 * speaker it refers to ("Steve Jobs demoed the widget"), when it says more than who spoke.
 */
function spokenClause(h: HeadlineArgs): string | undefined {
  const { s, trig, ctx } = h;
  const span = openingAtSpeaker(h, quotedClause(s.text, trig.start, ctx.locale));
  let clause = s.text.slice(span.start, span.end).replace(/^[\s,;:()]+|[\s,;:.()]+$/gu, "");
  const speaker = h.speaker?.name ?? "";
  const lead = /^\p{L}+\s+/u.exec(clause);
  // The pronoun is the trigger's subject: only auxiliaries between them ("He demoed", "He also announced", « Elle a qualifié »).
  const between = lead ? s.text.slice(span.start + lead[0].length, trig.start) : "";
  const subjectPronoun = !!lead && ctx.locale.entities.personAnaphor.one.test(lead[0]) && between.replace(ctx.locale.auxiliaries, "").trim() === "";
  if (speaker && subjectPronoun) clause = `${speaker} ${clause.slice(lead![0].length)}`;
  const n = clause.split(/\s+/).length;
  // A clause holding a reported clause cut short ("Jobs announced that the "Lion" release…") is no headline.
  const reports = ctx.locale.reports;
  const rc = reportedClause(s.text, trig, h.triggers, ctx.locale);
  const cutReport = !!rc && !rc.inverted && rc.end > span.end;
  // A relative clause ("…, who stated …") names its speaker outside itself.
  if (reports && new RegExp(`^(?:${reports.relative})(?![\\p{L}])`, "iu").test(clause)) return undefined;
  if (n < 2 || n > SPOKEN_CLAUSE_WORDS || !balancedQuotes(clause) || cutReport) return oldClause(h);
  clause = clause.charAt(0).toUpperCase() + clause.slice(1);
  return contentWords(clause, ctx.locale) - contentWords(speaker, ctx.locale) >= 3 ? clause : undefined;
}

/**
 * "Earlier, on June 24, Apple told customers to …": the clause from its speaker, named in it before the
 * trigger, when what opens it is set off by a comma (adverbials, the date the incident already carries).
 */
function openingAtSpeaker(h: HeadlineArgs, span: { start: number; end: number }): { start: number; end: number } {
  const who = h.speaker && h.entities.includes(h.speaker) ? h.speaker : undefined;
  if (!who || who.start <= span.start || who.end > h.trig.start) return span;
  const opening = h.s.text.slice(span.start, who.start);
  // "The change will occur within months, Apple announced": an opening with a finite verb is what was said.
  const finite = h.ctx.locale.reports?.finite;
  const inDate = (t: { start: number; end: number }) => h.dates.some((d) => t.start < d.end && d.start < t.end);
  if (!finite || finite.test(opening) || h.triggers.some((t) => t.start >= span.start && t.end <= who.start && !inDate(t))) return span;
  return /,\s*$/u.test(opening) ? { start: who.start, end: span.end } : span;
}

/**
 * The trigger's clause between ordinary clause breaks ('"…," said Steve Jobs during the keynote' → "Said
 * Steve Jobs during the keynote"), when it says more than who spoke. A clause that an opening quotation
 * cuts short ("Jobs said that Mac OS X has had") is no headline.
 */
function oldClause(h: HeadlineArgs): string | undefined {
  const cuts = clauseBounds(h.s.text, h.ctx.locale);
  const i = clauseIndex(cuts, h.trig.start);
  if (/^["“”«»]/u.test(h.s.text.slice(cuts[i + 1] ?? h.s.text.length))) return undefined;
  const clause = clauseTitle(h, SPOKEN_CLAUSE_WORDS);
  const speaker = h.speaker?.name ?? h.parts.principal?.name ?? "";
  return clause && contentWords(clause, h.ctx.locale) - contentWords(speaker, h.ctx.locale) >= 3 ? clause : undefined;
}

/** Every quotation of the headline closed (a cut quotation is a truncated sentence). */
function balancedQuotes(t: string): boolean {
  const count = (re: RegExp) => t.match(re)?.length ?? 0;
  return count(/"/g) % 2 === 0 && count(/“/g) === count(/”/g) && count(/«/g) === count(/»/g);
}

/** Last resort: the event's label and the first name of its sentence ("Settlement – Apple Corps"). */
function namedFallback(h: HeadlineArgs, label: string): string {
  const named = h.entities.filter((e) => !e.adjective);
  const who = named.find((e) => e.role === "actor") ?? named[0];
  const what = h.trig.entry.noun || label;
  if (who) return `${what} – ${who.name}`;
  return h.date.text ? `${what} – ${h.date.text}` : label;
}
