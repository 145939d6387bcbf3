/**
 * Headlines of statements: what was said, not that something was said. "Kyodo rapporte que le
 * dirigeant nord-coréen est arrivé … à Khasan" → "Kyodo : Kim Jong-un arrive à Khasan"; "…, un
 * accord d'armement est imminent, assure Washington" → "Washington : un accord d'armement … est
 * imminent". The reported clause is either copied whole when it is short, or summarised by the
 * headline of its own event trigger (actor + action + place); never cut mid-clause.
 */
import type { LocaleData } from "../languages";
import type { ReportGrammar } from "../languages/extract-types";
import type { TriggerMatch } from "./triggers";
import { quotedSpans } from "./incident/clauses";

/** A reported clause copied whole has at most MAX_WHOLE words; a clause's head, at most MAX_WORDS. */
const MAX_WHOLE = 10;
const MAX_WORDS = 12;

/** The locale's report grammar compiled into the patterns below (cached per locale). */
interface Compiled {
  g: ReportGrammar;
  complementizer: RegExp;
  /** Complementizer as a word anywhere. */
  hasComplementizer: RegExp;
  /** Complementizer or relative pronoun anywhere. */
  hasClauseWord: RegExp;
  pronounOnly: RegExp;
  pronounStart: RegExp;
  /** The grammar's leading determiner in any case ("the company" as well as "The company"). */
  determinerStart: RegExp;
  phraseBreak: RegExp;
  inverted: RegExp;
  dateBefore: RegExp;
  subject: RegExp;
  speakerIntro: RegExp;
  conjunction: RegExp;
  speakerLead: RegExp;
  speakerTrail: RegExp;
}

const cache = new WeakMap<ReportGrammar, Compiled>();

function compile(g: ReportGrammar): Compiled {
  let c = cache.get(g);
  if (c) return c;
  c = {
    g,
    complementizer: new RegExp(`^[^,.;:!?«»"“”]{0,70}?(?<![\\p{L}])(?:${g.complementizer})\\s*`, "iu"),
    hasComplementizer: new RegExp(`(?<![\\p{L}])(?:${g.complementizer})(?![\\p{L}])`, "iu"),
    hasClauseWord: new RegExp(`(?<![\\p{L}])(?:${g.complementizer}|${g.relative})(?![\\p{L}])`, "iu"),
    pronounOnly: new RegExp(`^(?:${g.pronoun})$`, "iu"),
    pronounStart: new RegExp(`^(?:${g.pronoun})(?![\\p{L}])`, "iu"),
    determinerStart: new RegExp(g.leadingDeterminer.source, "iu"),
    phraseBreak: new RegExp(`\\s(?=(?:${g.phraseBreak})\\s)`, "giu"),
    inverted: new RegExp(`^\\s*(?:(?:${g.inverted.adverb})\\s+)?(?:(?:${g.inverted.agent})\\s+)?([^,.;:«»"()]+?)\\s*(?:[,.;:«»"()]|\\s(?:${g.inverted.end})\\s|$)`, "u"),
    dateBefore: new RegExp(`\\s+(?:${g.datePreposition})\\s*$`, "iu"),
    subject: new RegExp(`(?:^|[,;:]\\s*|(?<![\\p{L}])(?:${g.complementizer})\\s+)([^,;:«»"()]+?)\\s*$`, "iu"),
    speakerIntro: new RegExp(`^(?:${g.speakerIntro})\\s+`, "iu"),
    conjunction: new RegExp(`^(?:${g.clauseConjunction})\\s+`, "iu"),
    speakerLead: new RegExp(`^(?:(?:${g.speakerLead})\\s+)+`, "iu"),
    speakerTrail: new RegExp(`(?:\\s+(?:${g.speakerTrail}))+$`, "iu"),
  };
  cache.set(g, c);
  return c;
}

export interface ReportedArgs {
  text: string;
  trigger: TriggerMatch;
  triggers: TriggerMatch[];
  locale: LocaleData;
  language: string;
  /** Speaker already identified by the caller (organisation or person surface), if any. */
  speaker?: string;
  /** Whether `speaker` is the subject before the verb (ignored when the speaker turns out to follow it). */
  speakerBefore?: boolean;
  /** Spans of temporal expressions in the sentence (skipped when reading the inverted speaker). */
  dates: { start: number; end: number }[];
  /** Headline of another trigger of the sentence (its own actors/place), or undefined. */
  titleFor: (t: TriggerMatch) => string | undefined;
}

const words = (s: string) => s.trim().split(/\s+/).filter(Boolean).length;
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * End of the clause starting at `from`: first clause break, comma or sentence end — outside
 * quotations (a quoted phrase is part of the reported clause: `that Apple is "getting ready" for …`).
 */
function clauseEnd(text: string, from: number, locale: LocaleData): number {
  const rest = text.slice(from);
  const quotes = quotedSpans(rest);
  const quoted = (i: number) => quotes.some(([a, b]) => i >= a && i <= b);
  const first = (re: RegExp) => {
    for (const m of rest.matchAll(re)) if (!quoted(m.index) && !quoted(m.index + m[0].length - 1)) return m;
    return undefined;
  };
  const cuts = [rest.length];
  const m = first(new RegExp(locale.clauseBreak.source, locale.clauseBreak.flags.includes("g") ? locale.clauseBreak.flags : locale.clauseBreak.flags + "g"));
  if (m && m.index > 0) cuts.push(m.index);
  const p = first(/\s*(?:[,;!?]|(?<![\s.]\p{Lu}|\p{Lu}\p{Ll}{0,2}|\d)\.)\s/gu);
  if (p) cuts.push(p.index);
  const end = Math.min(...cuts);
  // An unclosed quotation at the end belongs to the next clause.
  return from + end;
}

/** The head with the closing mark of a quotation it opened ("… face «à une terrible situation»", a déclaré …). */
function keepClosingQuote(before: string, head: string): string {
  const count = (t: string, re: RegExp) => t.match(re)?.length ?? 0;
  const rest = before.slice(head.length);
  for (const [open, close] of [[/«/g, "»"], [/“/g, "”"]] as const) {
    if (count(head, open) > count(head, new RegExp(close, "g")) && rest.includes(close)) return before.slice(0, head.length + rest.indexOf(close) + 1);
  }
  if (count(head, /"/g) % 2 === 1 && rest.includes('"')) return before.slice(0, head.length + rest.indexOf('"') + 1);
  return head;
}

/** The reported clause [start, end) of a statement trigger, or undefined (also for a language without report grammar). */
export function reportedClause(text: string, trig: TriggerMatch, triggers: TriggerMatch[], locale: LocaleData): { start: number; end: number; inverted: boolean } | undefined {
  if (!locale.reports) return undefined;
  const c = compile(locale.reports);
  const g = c.g;
  const after = text.slice(trig.end);
  const direct = c.complementizer.exec(after);
  if (direct) {
    const start = trig.end + direct[0].length;
    return { start, end: clauseEnd(text, start, locale), inverted: false };
  }
  // Languages that drop the complementizer: "the Soviet Union said today it had sent an envoy".
  const zc = g.zeroComplementizer;
  if (zc && zc.verbs.test(trig.text)) {
    const zero = zc.lead.exec(after);
    if (zero && !/^\s*$/.test(after.slice(zero[0].length, zero[0].length + 1)) && !zc.notClause.test(after.slice(zero[0].length))) {
      const start = trig.end + zero[0].length;
      const end = clauseEnd(text, start, locale);
      // "…, said Jobs on Tuesday": a clause without a verb is the verb's subject, not what was said.
      if (g.finite.test(text.slice(start, end))) return { start, end, inverted: false };
    }
  }
  // "Selon X, citant des sources …, Kim serait prêt à …": the main clause after the attribution.
  if (g.attributionOpener.test(trig.text)) {
    const comma = /,\s*/u.exec(after);
    if (comma) {
      const start = trig.end + comma.index + comma[0].length;
      return { start, end: clauseEnd(text, start, locale), inverted: false };
    }
  }
  // "Le voyage a été rapporté lundi par les médias": the subject is what was reported.
  const prefix = text.slice(0, trig.start);
  const passive = g.passive.before.exec(prefix);
  if (passive || g.passive.trigger?.test(trig.text)) return { start: 0, end: passive ? prefix.slice(0, passive.index).replace(/\s+$/u, "").length : prefix.length, inverted: true };
  const before = prefix.replace(g.auxBefore, "");
  if (/[,»"”]\s*$/u.test(before)) return { ...leadingClause(text, trig, triggers, before, c, locale), inverted: true };
  // "<clause>, Apple announced this morning", '"…," Jobs said': the same clause, its speaker the subject in between.
  const subject = /[,»"”]\s*([^\s,;:«»"“”()]+(?:\s+[^\s,;:«»"“”()]+){0,3})\s*$/u.exec(before);
  if (subject && subjectLike(subject[1], c) && !g.finite.test(subject[1]) && !c.hasClauseWord.test(subject[1])) {
    return { ...leadingClause(text, trig, triggers, before.slice(0, subject.index + 1), c, locale), inverted: false };
  }
  return undefined;
}

/** A name, a pronoun or a determiner's noun phrase ("Apple", "he", "the company"), not an adverb ("…, later revealing"). */
function subjectLike(words: string, c: Compiled): boolean {
  return /^\p{Lu}/u.test(words) || c.pronounStart.test(words) || c.determinerStart.test(words);
}

/** The sentence's first clause, up to the comma or quote that ends `before`, or a "que" clause nested in it. */
function leadingClause(text: string, trig: TriggerMatch, triggers: TriggerMatch[], before: string, c: Compiled, locale: LocaleData): { start: number; end: number } {
  const head = keepClosingQuote(before, before.replace(/[\s,»"”]+$/u, ""));
  // "les États-Unis annoncent qu'un accord est imminent, assure Washington": the nested reported clause.
  let start = 0;
  for (const t of triggers) {
    if (t === trig || t.entry.kind !== "statement" || t.end >= head.length) continue;
    const m = c.complementizer.exec(text.slice(t.end, head.length));
    if (m) {
      start = t.end + m[0].length;
      break;
    }
  }
  return { start, end: Math.min(head.length, clauseEnd(text, start, locale)) };
}

/** Who speaks, when the caller found no named speaker: the short noun phrase subject or inverted subject. */
function speakerPhrase(text: string, trig: TriggerMatch, inverted: boolean, dates: { start: number; end: number }[], c: Compiled): string | undefined {
  if (inverted) {
    let pos = trig.end;
    for (const d of [...dates].sort((a, b) => a.start - b.start)) if (d.start >= pos && d.start - pos <= 2) pos = d.end;
    const nextDate = dates.filter((d) => d.start >= pos).sort((a, b) => a.start - b.start)[0];
    let tail = text.slice(pos);
    if (nextDate && nextDate.start >= pos) tail = text.slice(pos, nextDate.start);
    if (/^\s*$/u.test(tail) && nextDate) tail = text.slice(nextDate.end);
    const np = c.inverted.exec(tail);
    if (np && words(np[1]) <= 5 && !c.hasComplementizer.test(np[1])) return np[1];
    return undefined;
  }
  let head = text.slice(0, trig.start).replace(c.g.auxBefore, "");
  // "President Bush on Tuesday said": the date is not part of the speaker.
  const inside = dates.filter((d) => d.start < head.length).sort((a, b) => b.start - a.start)[0];
  if (inside && !/[,;:]/u.test(text.slice(inside.end, head.length))) head = text.slice(0, inside.start).replace(c.dateBefore, "");
  const np = c.subject.exec(head);
  if (np && np[1] && words(np[1]) <= 5 && /^\p{L}/u.test(np[1].trim()) && !c.hasClauseWord.test(np[1]) && !c.pronounOnly.test(np[1].trim())) return np[1].replace(c.speakerIntro, "");
  return undefined;
}

/** The clause itself when short, else its head up to a phrase boundary (subject + verb + object). */
function shorten(clause: string, c: Compiled, wholeOk = true): string | undefined {
  if (wholeOk && words(clause) <= MAX_WHOLE) return clause;
  let best: string | undefined;
  for (const m of (clause + " ").matchAll(c.phraseBreak)) {
    const head = clause.slice(0, m.index).trim();
    const n = words(head);
    if (n > MAX_WORDS) break;
    if (n >= 4 && c.g.finite.test(head) && !/[«“"(]/u.test(head) && !c.hasComplementizer.test(head)) best = head;
  }
  return best;
}

/** "Speaker : what was said", or undefined when the statement's content cannot be told briefly. */
export function statementHeadline(a: ReportedArgs): string | undefined {
  const { text, trigger, locale } = a;
  if (trigger.entry.sense === "denial" || !locale.reports) return undefined;
  const c0 = compile(locale.reports);
  const clause = reportedClause(text, trigger, a.triggers, locale);
  if (!clause || clause.end <= clause.start) return undefined;
  const given = clause.inverted && a.speakerBefore ? undefined : a.speaker;
  const phrase = speakerPhrase(text, trigger, clause.inverted, a.dates, c0);
  // "…, a déclaré hier Kofi Annan, secrétaire général de l'ONU": the subject right after the verb speaks.
  const speaker = clause.inverted && phrase && given && !phrase.includes(given) ? phrase : given ?? phrase;
  if (!speaker) return undefined;
  let content: string | undefined;
  // '"We are happy,"' ends the quotation, not with its comma.
  const raw = text.slice(clause.start, clause.end).trim().replace(/[\s,;:.]+$/u, "").replace(/[,;:]+(\s*["”»])$/u, "$1");
  const balanced = (raw.match(/[«“]/gu)?.length ?? 0) === (raw.match(/[»”]/gu)?.length ?? 0) && (raw.match(/"/g)?.length ?? 0) % 2 === 0;
  const finite = c0.g.finite;
  const verbatim = (c: string | undefined) => {
    if (!c) return undefined;
    c = c.replace(c0.conjunction, "");
    // "il n'autoriserait pas": a pronoun and a verb alone say too little.
    if (!finite.test(c) || (words(c) < 5 && c0.pronounStart.test(c))) return undefined;
    return c.replace(c0.g.leadingDeterminer, (d) => d.toLowerCase());
  };
  // 1. the whole reported clause when short; 2. its event's own headline; 3. its head up to a phrase boundary.
  const cutAtQuote = /^\s*[«“"(]/u.test(text.slice(clause.end));
  if (raw && balanced && !cutAtQuote && words(raw) <= MAX_WHOLE) content = verbatim(raw);
  // Only lexicon triggers: a generic predicate alone ("belonged") tells nothing.
  const inner = a.triggers
    .filter((t) => t !== trigger && t.entry.kind !== "statement" && t.entry.kind !== "other" && t.start >= clause.start && t.end <= clause.end)
    .sort((x, y) => (x.entry.pos === "verb" ? 0 : 1) - (y.entry.pos === "verb" ? 0 : 1) || x.start - y.start);
  const innerTitle = (t: TriggerMatch | undefined) => {
    if (!t) return undefined;
    let c = a.titleFor(t);
    // A common-noun headline continues the sentence in lower case ("Washington : accord d'armement").
    if (c && t.entry.pos === "noun" && /^\p{Ll}/u.test(t.text) && c.startsWith(cap(t.text))) c = t.text + c.slice(t.text.length);
    return c && words(c) >= 2 ? c : undefined;
  };
  if (!content && inner[0]?.entry.pos === "verb") content = innerTitle(inner[0]);
  if (!content && raw && balanced && !clause.inverted) content = verbatim(shorten(raw, c0, !cutAtQuote));
  if (!content) content = innerTitle(inner[0]);
  if (!content && raw && balanced) content = verbatim(shorten(raw, c0, !cutAtQuote));
  if (!content || words(content) < 2) return undefined;
  const who = speaker
    .trim()
    .replace(c0.speakerLead, "")
    .replace(c0.speakerTrail, "");
  if (!who) return undefined;
  return `${cap(who)}${c0.g.separator}${content}`;
}
