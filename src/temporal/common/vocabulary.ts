/**
 * A language's calendar words, given by its pack to the table-driven parsers of
 * `common/parsers/vocabulary/` (weekdays, dates, months, years, phrases, distances, durations, sets,
 * clock times, seasons, holidays). The parsers hold no words of any language: every word comes from here.
 */
export interface Vocabulary {
  /** Weekday forms, lower case, all cases/inflections ("lunes", "понедельник", "понедельника") → 0 (Sunday) … 6. */
  weekdays: Record<string, number>;
  /** Month forms, lower case, with abbreviations ("sept.") → 1 … 12. */
  months: Record<string, number>;
  /** Number words → value ("dos" → 2, "двух" → 2). */
  numbers: Record<string, number>;
  /** Unit words, all forms → TimeML unit: Y M W D H MIN S DE (decade) CE (century). */
  units: Record<string, string>;
  /** Part-of-day words → MO AF EV NI MI. */
  partsOfDay: Record<string, string>;
  /** Qualifiers written before a weekday/month/season ("próximo", "прошлый") → -1, 0 (this) or 1. */
  qualifiersBefore: Record<string, number>;
  /** Qualifiers written after it ("pasado", "scorso", "passada") → -1, 0 or 1. */
  qualifiersAfter: Record<string, number>;
  /** Start/middle/end words before a month or year ("principios", "metà", "eind") → START, MID, END. */
  mods: Record<string, string>;
  /** Season words → SP SU FA WI. */
  seasons: Record<string, string>;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Regex alternation of a dictionary's keys, longest first (so "septiembre" wins over "sept."). */
export const alt = (dict: Record<string, unknown>): string =>
  Object.keys(dict).length === 0
    ? "(?!)"
    : Object.keys(dict)
        .sort((a, b) => b.length - a.length)
        .map((k) => escape(k).replace(/ /g, "\\s+"))
        .join("|");

/** Regex alternation of a dictionary's whole words, its abbreviations ("sept.") left out. */
export const altWords = (dict: Record<string, unknown>): string => alt(Object.fromEntries(Object.entries(dict).filter(([k]) => !k.endsWith("."))));

/** Looks a matched word up in a dictionary (case and spacing insensitive). */
export const lookup = <T>(dict: Record<string, T>, s: string | undefined): T | undefined =>
  s === undefined ? undefined : dict[s.toLowerCase().replace(/\s+/g, " ").trim()];

/** Digits ("3", "1,5", "2.5") or one of the vocabulary's number words. */
export const numberPattern = (v: Vocabulary): string => `\\d+(?:[.,]\\d+)?|${alt(v.numbers)}`;

export function parseNumber(v: Vocabulary, s: string): number {
  if (/^\d/.test(s)) return parseFloat(s.replace(",", "."));
  return lookup(v.numbers, s) ?? NaN;
}

/** The day number of a date ("1", "01", "31") with an optional ordinal mark given by the locale ("º", "-го"). */
export const DAY_NUMBER = "[12]\\d|3[01]|0?[1-9]";
