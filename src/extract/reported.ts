/**
 * Headlines of statements: what was said, not that something was said. "Kyodo rapporte que le
 * dirigeant nord-coréen est arrivé … à Khasan" → "Kyodo : Kim Jong-un arrive à Khasan"; "…, un
 * accord d'armement est imminent, assure Washington" → "Washington : un accord d'armement … est
 * imminent". The reported clause is either copied whole when it is short, or summarised by the
 * headline of its own event trigger (actor + action + place); never cut mid-clause.
 */
import type { LocaleData } from "./locales";
import type { TriggerMatch } from "./triggers";

const MAX_WORDS = 10;
const COMPLEMENTIZER = /^[^,.;:!?«»"“”]{0,70}?(?<![\p{L}])(?:que(?![\p{L}])|qu['’]|that(?![\p{L}]))\s*/iu;
const AUX_BEFORE = /\s*(?:a|ont|avait|avaient|aurait|auraient|has|have|had)(?:\s+(?:également|aussi|encore|déjà|also|again))?\s*$/iu;
const FINITE =
  /(?<![\p{L}])(?:est|sont|était|étaient|sera|seront|serait|seraient|a|ont|avait|avaient|aura|auront|aurait|auraient|va|vont|doit|doivent|devrait|devraient|pourrait|pourraient|peut|peuvent|is|are|was|were|will|would|could|can|may|might|has|have|had)(?![\p{L}])|\p{L}{3,}(?:ait|aient|era|eront|erait|eraient|ent)(?![\p{L}])|\p{L}{3,}ed(?![\p{L}])/iu;
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
  const p = /\s*[,.;!?]\s/u.exec(rest + " ");
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
    const np = /^\s*(?:(?:également|aussi|immédiatement|also)\s+)?([^,.;:«»"()]+?)\s*(?:[,.;:«»"()]|$)/u.exec(text.slice(pos, nextDate ? nextDate.start : undefined));
    if (np && words(np[1]) <= 5 && !/(?<![\p{L}])(?:que|qu['’]|that)(?![\p{L}])/iu.test(np[1])) return np[1];
    return undefined;
  }
  const head = text.slice(0, trig.start).replace(AUX_BEFORE, "");
  const np = /(?:^|[,;:]\s*|(?<![\p{L}])(?:que|qu['’]|that)\s+)([^,;:«»"()]+?)\s*$/iu.exec(head);
  if (np && np[1] && words(np[1]) <= 4) return np[1].replace(/^(?:selon|d['’]après|according to)\s+/iu, "");
  return undefined;
}

/** "Speaker : what was said", or undefined when the statement's content cannot be told briefly. */
export function statementHeadline(a: ReportedArgs): string | undefined {
  const { text, trigger, locale, language } = a;
  if (trigger.entry.sense === "denial") return undefined;
  const clause = reportedClause(text, trigger, a.triggers, locale);
  if (!clause || clause.end <= clause.start) return undefined;
  const given = clause.inverted && a.speakerBefore ? undefined : a.speaker;
  const speaker = given ?? speakerPhrase(text, trigger, clause.inverted, a.dates);
  if (!speaker) return undefined;
  let content: string | undefined;
  const raw = text.slice(clause.start, clause.end).trim().replace(/[\s,;:.]+$/u, "");
  const balanced = (raw.match(/[«“]/gu)?.length ?? 0) === (raw.match(/[»”]/gu)?.length ?? 0) && (raw.match(/"/g)?.length ?? 0) % 2 === 0;
  if (raw && words(raw) <= MAX_WORDS && FINITE.test(raw) && balanced) content = raw.replace(LEADING_DET, (d) => d.toLowerCase());
  else {
    // Summarise by the reported event's own headline (actor + action + place).
    const inner = a.triggers
      .filter((t) => t !== trigger && t.entry.kind !== "statement" && t.start >= clause.start && t.end <= clause.end)
      .sort((x, y) => (x.entry.sense === "generic" ? 1 : 0) - (y.entry.sense === "generic" ? 1 : 0) || x.start - y.start)[0];
    if (inner) content = a.titleFor(inner);
    // A common-noun headline continues the sentence in lower case ("Washington : accord d'armement").
    if (content && inner && inner.entry.pos === "noun" && /^\p{Ll}/u.test(inner.text) && content.startsWith(cap(inner.text))) content = inner.text + content.slice(inner.text.length);
  }
  if (!content) return undefined;
  return `${cap(speaker.trim())}${language === "fr" ? " : " : ": "}${content}`;
}
