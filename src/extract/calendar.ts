/** Month/weekday names and small calendar helpers for publication-date inference (fr, en). */
import { addDays } from "../temporal/common/calendar";
import { FR_MONTHS, FR_WEEKDAYS, FR_WEEKDAY_PATTERN } from "../languages/fr/temporal/constants";
import { EN_MONTHS, EN_WEEKDAYS, EN_WEEKDAY_PATTERN } from "../languages/en/temporal/constants";

/** Lower case, no accents, no final dot: the form `monthNumber` looks names up by. */
const foldName = (name: string): string => name.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").replace(/\.$/, "");

/** The tagger's month names (fr, en) folded, plus "fév", which only MONTH_RE below reads ("fév. 2024"). */
export const MONTHS: Record<string, number> = Object.fromEntries(
  [...Object.entries(FR_MONTHS), ...Object.entries(EN_MONTHS), ["fev", 2] as const].map(([k, n]) => [foldName(k), n]),
);

/** 0 = Sunday … 6 = Saturday (Date.getUTCDay): the tagger's weekday names. */
export const WEEKDAYS: Record<string, number> = { ...FR_WEEKDAYS, ...EN_WEEKDAYS };

/** Not the tagger's month patterns (FR_MONTH_PATTERN, EN_MONTH_PATTERN), on purpose: this one also reads abbreviations
 * without their dot ("sept 2023", "fév 2024") and does not read English "Mar", "Jun", "Jul". */
export const MONTH_RE = "(janvier|janv\\.?|f[ée]vrier|f[ée]vr?\\.?|mars|avril|avr\\.?|mai|juin|juillet|juil\\.?|ao[uû]t|septembre|sept\\.?|octobre|oct\\.?|novembre|nov\\.?|d[ée]cembre|d[ée]c\\.?|january|jan\\.?|february|feb\\.?|march|april|apr\\.?|may|june|july|august|aug\\.?|september|sep\\.?|october|november|december)";
export const WEEKDAY_RE = `(${FR_WEEKDAY_PATTERN}|${EN_WEEKDAY_PATTERN})`;

export function monthNumber(name: string): number | undefined {
  return MONTHS[foldName(name)];
}

export function weekdayNumber(name: string): number | undefined {
  return WEEKDAYS[name.toLowerCase()];
}

export function utcDate(y: number, m: number, d: number): Date | null {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d ? dt : null;
}

export { addDays, isoDay } from "../temporal/common/calendar";

/** Latest date ≤ `bound` (inclusive) with the given weekday. */
export function latestWeekdayOnOrBefore(bound: Date, weekday: number): Date {
  const back = (bound.getUTCDay() - weekday + 7) % 7;
  return addDays(new Date(Date.UTC(bound.getUTCFullYear(), bound.getUTCMonth(), bound.getUTCDate())), -back);
}
