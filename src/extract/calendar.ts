/** Month/weekday lookup in a language pack's date words, and small calendar helpers for publication-date inference. */
import { addDays } from "../temporal/common/calendar";
import type { DateWords } from "../languages/extract-types";

/** Lower case, no accents, no final dot: the form `monthNumber` looks names up by. */
const foldName = (name: string): string => name.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").replace(/\.$/, "");

const folded = new WeakMap<DateWords, Record<string, number>>();

/** Month number (1–12) of a month name of the pack, accents and final dot ignored. */
export function monthNumber(name: string, words: DateWords): number | undefined {
  let months = folded.get(words);
  if (!months) {
    months = Object.fromEntries(Object.entries(words.months).map(([k, n]) => [foldName(k), n]));
    folded.set(words, months);
  }
  return months[foldName(name)];
}

/** 0 = Sunday … 6 = Saturday (Date.getUTCDay). */
export function weekdayNumber(name: string, words: DateWords): number | undefined {
  return words.weekdays[name.toLowerCase()];
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
