/**
 * Builds a pack's publication-date words (`DateWords`, read by src/extract/publication.ts) from its
 * calendar words: the month and weekday tables the tagger already reads, plus the abbreviations datelines
 * use and the links of the language's date order. Holds no word of any language.
 */
import { alt } from "../temporal/common/vocabulary";
import type { DateWords } from "./extract-types";

export interface DateWordsInput extends Omit<DateWords, "months" | "monthPattern" | "weekdays" | "weekdayPattern"> {
  /** Month forms (lower case, abbreviations with their dot: "ago.") → 1–12. */
  months: Record<string, number>;
  /** Weekday forms (lower case) → 0 = Sunday … 6. */
  weekdays: Record<string, number>;
  /** Abbreviations read in datelines only ("sep", "jun"): too ambiguous for the tagger, safe after a day number. */
  datelineMonths?: Record<string, number>;
}

/** Month pattern where an abbreviation's final dot is optional ("16 ago (EFE)", "16 ago. 2023"). */
const optionalDots = (pattern: string): string => pattern.replace(/\\\.(?=\||$)/g, "\\.?");

export function dateWords(input: DateWordsInput): DateWords {
  const { datelineMonths, ...rest } = input;
  const months = { ...input.months, ...datelineMonths };
  return { ...rest, months, monthPattern: optionalDots(alt(months)), weekdays: input.weekdays, weekdayPattern: alt(input.weekdays) };
}
