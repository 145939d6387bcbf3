/**
 * Headlines of statements: what was said, not that something was said. "Kyodo rapporte que le
 * dirigeant nord-coréen est arrivé … à Khasan" → "Kyodo : Kim Jong-un arrive à Khasan"; "…, un
 * accord d'armement est imminent, assure Washington" → "Washington : un accord d'armement … est
 * imminent". The reported clause is either copied whole when it is short, or summarised by the
 * headline of its own event trigger (actor + action + place); never cut mid-clause.
 */
import type { LocaleData } from "../languages";
import type { TriggerMatch } from "./triggers";

/** A reported clause copied whole has at most MAX_WHOLE words; a clause's head, at most MAX_WORDS. */
const MAX_WHOLE = 10;
const MAX_WORDS = 12;
const COMPLEMENTIZER = /^[^,.;:!?«»"“”]{0,70}?(?<![\p{L}])(?:que(?![\p{L}])|qu['’]|that(?![\p{L}]))\s*/iu;
const AUX_BEFORE = /(?<![\p{L}])\s*(?:a|ont|avait|avaient|aurait|auraient|has|have|had)(?:\s+(?:\p{Ll}+ment|ainsi|donc|aussi|encore|déjà|pourtant|toutefois|cependant|enfin|d['’]ailleurs|also|again|later|then))*\s*$/iu;
const FINITE: Record<string, RegExp> = {
  fr: /(?<![\p{L}])(?:est|sont|était|étaient|sera|seront|serait|seraient|a|ont|avait|avaient|aura|auront|aurait|auraient|va|vont|doit|doivent|devrait|devraient|pourrait|pourraient|peut|peuvent)(?![\p{L}])|\p{L}{3,}(?:ait|aient|era|eront|erait|eraient|ent)(?![\p{L}])/iu,
  en: /\b(?:is|are|was|were|will|would|could|can|may|might|must|should|has|have|had|does|did|says|said)\b|\b\p{L}{3,}ed\b/iu,
};
const LEADING_DET = /^(?:Le|La|Les|L['’]|Un|Une|Des|The|A|An)(?=[\s'’])/u;

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

/** End of the clause starting at `from`: first clause break, comma or sentence end. */
function clauseEnd(text: string, from: number, locale: LocaleData): number {
  const rest = text.slice(from);
  const re = new RegExp(locale.clauseBreak.source, locale.clauseBreak.flags.replace("g", ""));
  const cuts = [rest.length];
  const m = re.exec(rest);
  if (m && m.index > 0) cuts.push(m.index);
  const p = /\s*(?:[,;!?]|(?<![\s.]\p{Lu}|\p{Lu}\p{Ll}{0,2}|\d)\.)\s/u.exec(rest + " ");
  if (p) cuts.push(p.index);
  return from + Math.min(...cuts);
}

/** The reported clause [start, end) of a statement trigger, or undefined. */
export function reportedClause(text: string, trig: TriggerMatch, triggers: TriggerMatch[], locale: LocaleData): { start: number; end: number; inverted: boolean } | undefined {
  const after = text.slice(trig.end);
  const direct = COMPLEMENTIZER.exec(after);
  if (direct) {
    const start = trig.end + direct[0].length;
    return { start, end: clauseEnd(text, start, locale), inverted: false };
  }
  // English drops "that": "the Soviet Union said today it had sent an envoy".
  if (locale.language === "en" && /^(?:said|says|say|told|tells|reported|reports|announced|announces|added|adds|confirmed|confirms|stated|claimed|warned|insisted)$/i.test(trig.text)) {
    const zero = /^(?:\s+(?:on\s+)?(?:today|yesterday|tonight|last\s+\w+|this\s+\w+|(?:early|late)\s+\w+|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|in\s+a\s+statement|in\s+an\s+interview|privately|publicly|also))*\s+(?=(?:it|he|she|they|we|i|the|a|an|its|his|her|their|there|\p{Lu}[\p{L}.'’-]*)\s+\p{L})/u.exec(after);
    if (zero && !/^\s*$/.test(after.slice(zero[0].length, zero[0].length + 1)) && !/^(?:the|a|an)\s+(?:news|press|reporters?|journalists?|agency)\b/i.test(after.slice(zero[0].length))) {
      const start = trig.end + zero[0].length;
      if (!/^(?:to|by|of|on|in|at)\b/i.test(after.slice(zero[0].length))) return { start, end: clauseEnd(text, start, locale), inverted: false };
    }
  }
  // "Selon X, citant des sources …, Kim serait prêt à …": the main clause after the attribution.
  if (/^(?:citant|citing|selon|d['’]après|according)/iu.test(trig.text)) {
    const comma = /,\s*/u.exec(after);
    if (comma) {
      const start = trig.end + comma.index + comma[0].length;
      return { start, end: clauseEnd(text, start, locale), inverted: false };
    }
  }
  // "Le voyage a été rapporté lundi par les médias": the subject is what was reported.
  const passive = /(?:a|ont|avait|avaient|has|have|had|was|were)\s+(?:été|been)\s*$/iu.test(text.slice(0, trig.start)) || /^(?:a|ont)\s+été\s/iu.test(trig.text);
  if (passive) return { start: 0, end: text.slice(0, trig.start).replace(/\s*(?:a|ont|avait|avaient|has|have|had|was|were)\s+(?:été|been)\s*$/iu, "").length, inverted: true };
  const before = text.slice(0, trig.start).replace(AUX_BEFORE, "");
  if (/[,»"”]\s*$/u.test(before)) {
    // "<clause>, a annoncé l'agence": the sentence's first clause, or a "que" clause nested in it.
    const head = before.replace(/[\s,»"”]+$/u, "");
    // "les États-Unis annoncent qu'un accord est imminent, assure Washington": the nested reported clause.
    let start = 0;
    for (const t of triggers) {
      if (t === trig || t.entry.kind !== "statement" || t.end >= head.length) continue;
      const c = COMPLEMENTIZER.exec(text.slice(t.end, head.length));
      if (c) {
        start = t.end + c[0].length;
        break;
      }
    }
    return { start, end: Math.min(head.length, clauseEnd(text, start, locale)), inverted: true };
  }
  return undefined;
}

/** Who speaks, when the caller found no named speaker: the short noun phrase subject or inverted subject. */
function speakerPhrase(text: string, trig: TriggerMatch, inverted: boolean, dates: { start: number; end: number }[]): string | undefined {
  if (inverted) {
    let pos = trig.end;
    for (const d of [...dates].sort((a, b) => a.start - b.start)) if (d.start >= pos && d.start - pos <= 2) pos = d.end;
    const nextDate = dates.filter((d) => d.start >= pos).sort((a, b) => a.start - b.start)[0];
    let tail = text.slice(pos);
    if (nextDate && nextDate.start >= pos) tail = text.slice(pos, nextDate.start);
    if (/^\s*$/u.test(tail) && nextDate) tail = text.slice(nextDate.end);
    const np = /^\s*(?:(?:également|aussi|immédiatement|also)\s+)?(?:(?:par|by)\s+)?([^,.;:«»"()]+?)\s*(?:[,.;:«»"()]|\s(?:mais|but|et qu|and)\s|$)/u.exec(tail);
    if (np && words(np[1]) <= 5 && !/(?<![\p{L}])(?:que|qu['’]|that)(?![\p{L}])/iu.test(np[1])) return np[1];
    return undefined;
  }
  let head = text.slice(0, trig.start).replace(AUX_BEFORE, "");
  // "President Bush on Tuesday said": the date is not part of the speaker.
  const inside = dates.filter((d) => d.start < head.length).sort((a, b) => b.start - a.start)[0];
  if (inside && !/[,;:]/u.test(text.slice(inside.end, head.length))) head = text.slice(0, inside.start).replace(/\s+(?:on|le|ce|dès)\s*$/iu, "");
  const np = /(?:^|[,;:]\s*|(?<![\p{L}])(?:que|qu['’]|that)\s+)([^,;:«»"()]+?)\s*$/iu.exec(head);
  if (np && np[1] && words(np[1]) <= 5 && /^\p{L}/u.test(np[1].trim()) && !/(?<![\p{L}])(?:que|qu['’]|qui|that|who|which)(?![\p{L}])/iu.test(np[1]) && !/^(?:il|elle|ils|elles|on|he|she|they|it|we|i|je|nous)$/iu.test(np[1].trim())) return np[1].replace(/^(?:selon|d['’]après|according to)\s+/iu, "");
  return undefined;
}

/** Boundaries where a clause can end without being cut mid-phrase: before a preposition, conjunction or relative. */
const PHRASE_BREAK = /\s(?=(?:on|in|at|for|with|to|from|by|after|before|during|if|as|while|because|which|who|whose|until|over|under|into|à|au|aux|dans|pour|avec|sur|par|après|avant|pendant|si|car|qui|dont|lors|depuis|jusqu['’]|afin|contre|sans|selon|entre)\s)/giu;

/** The clause itself when short, else its head up to a phrase boundary (subject + verb + object). */
function shorten(clause: string, finite: RegExp, wholeOk = true): string | undefined {
  if (wholeOk && words(clause) <= MAX_WHOLE) return clause;
  let best: string | undefined;
  for (const m of (clause + " ").matchAll(PHRASE_BREAK)) {
    const head = clause.slice(0, m.index).trim();
    const n = words(head);
    if (n > MAX_WORDS) break;
    if (n >= 4 && finite.test(head) && !/[«“"(]/u.test(head) && !/(?<![\p{L}])(?:que|qu['’]|that)(?![\p{L}])/iu.test(head)) best = head;
  }
  return best;
}

/** "Speaker : what was said", or undefined when the statement's content cannot be told briefly. */
export function statementHeadline(a: ReportedArgs): string | undefined {
  const { text, trigger, locale, language } = a;
  if (trigger.entry.sense === "denial") return undefined;
  const clause = reportedClause(text, trigger, a.triggers, locale);
  if (!clause || clause.end <= clause.start) return undefined;
  const given = clause.inverted && a.speakerBefore ? undefined : a.speaker;
  const phrase = speakerPhrase(text, trigger, clause.inverted, a.dates);
  // "…, a déclaré hier Kofi Annan, secrétaire général de l'ONU": the subject right after the verb speaks.
  const speaker = clause.inverted && phrase && given && !phrase.includes(given) ? phrase : given ?? phrase;
  if (!speaker) return undefined;
  let content: string | undefined;
  const raw = text.slice(clause.start, clause.end).trim().replace(/[\s,;:.]+$/u, "");
  const balanced = (raw.match(/[«“]/gu)?.length ?? 0) === (raw.match(/[»”]/gu)?.length ?? 0) && (raw.match(/"/g)?.length ?? 0) % 2 === 0;
  const finite = FINITE[language] ?? FINITE.en;
  const verbatim = (c: string | undefined) => {
    if (!c) return undefined;
    c = c.replace(/^(?:mais|et|or|donc|but|and|so)\s+/iu, "");
    // "il n'autoriserait pas": a pronoun and a verb alone say too little.
    if (!finite.test(c) || (words(c) < 5 && /^(?:il|elle|ils|elles|on|it|he|she|they)(?![\p{L}])/iu.test(c))) return undefined;
    return c.replace(LEADING_DET, (d) => d.toLowerCase());
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
  if (!content && raw && balanced && !clause.inverted) content = verbatim(shorten(raw, finite, !cutAtQuote));
  if (!content) content = innerTitle(inner[0]);
  if (!content && raw && balanced) content = verbatim(shorten(raw, finite, !cutAtQuote));
  if (!content || words(content) < 2) return undefined;
  const who = speaker
    .trim()
    .replace(/^(?:(?:and|but|earlier|later|meanwhile|also|et|mais|puis)\s+)+/iu, "")
    .replace(/(?:\s+(?:also|again|then|later|earlier|first|aussi|également|encore|ensuite))+$/iu, "");
  if (!who) return undefined;
  return `${cap(who)}${language === "fr" ? " : " : ": "}${content}`;
}
