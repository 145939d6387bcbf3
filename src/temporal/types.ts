/**
 * Contract of the temporal tagger (pure TypeScript: no Workers APIs, runs in workerd and Node).
 * Values follow ISO-TimeML / TimeML 1.2 (see eval/corpora/fr-timebank/FR-Annotation-Guide.pdf).
 */
export type TimexType = "DATE" | "TIME" | "DURATION" | "SET";

/** How fine the mention is. Incidents and merging rely on this to compare a day with a week/month. */
export type Granularity =
  | "minute"
  | "hour"
  | "part-of-day"
  | "day"
  | "week"
  | "month"
  | "season"
  | "quarter"
  | "half-year"
  | "year"
  | "decade"
  | "century"
  | "vague"
  | "duration"
  | "set";

export interface TemporalMention {
  /** UTF-16 offsets into the tagged text, `text === input.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
  type: TimexType;
  /** TimeML value: 2023-09-10, 2023-09-10TAF, 2023-W37, 2023-07, 2019, 198, 2023-SU, P4Y, XXXX-WXX-1, PRESENT_REF … */
  value: string;
  /** TimeML mod: START | MID | END | APPROX | MORE_THAN | LESS_THAN | BEFORE | AFTER … */
  mod?: string;
  granularity: Granularity;
  /**
   * Calendar span covered by a DATE/TIME mention, inclusive ISO dates (YYYY-MM-DD, or full ISO
   * date-times for TIME). "entre le 10 et le 13 septembre" → { start: 2023-09-10, end: 2023-09-13 }.
   * Absent for DURATION, SET and vague references.
   */
  range?: { start: string; end: string };
}

export interface TagOptions {
  /** Publication date (document creation time) that underspecified expressions resolve against. */
  referenceDate: Date | string;
  /** BCP 47 language tag; "fr" and "en" are supported, others fall back to "en". */
  language: string;
}
