/** Month/weekday names and small calendar helpers for publication-date inference (fr, en). */
import { addDays } from "../temporal/common/calendar";

export const MONTHS: Record<string, number> = {
  janvier: 1, janv: 1, fevrier: 2, fevr: 2, fev: 2, mars: 3, avril: 4, avr: 4, mai: 5, juin: 6, juillet: 7, juil: 7,
  aout: 8, septembre: 9, sept: 9, octobre: 10, oct: 10, novembre: 11, nov: 11, decembre: 12, dec: 12,
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sep: 9, october: 10, november: 11, december: 12,
};

/** 0 = Sunday … 6 = Saturday (Date.getUTCDay). */
export const WEEKDAYS: Record<string, number> = {
  dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6,
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

export const MONTH_RE = "(janvier|janv\\.?|f[ée]vrier|f[ée]vr?\\.?|mars|avril|avr\\.?|mai|juin|juillet|juil\\.?|ao[uû]t|septembre|sept\\.?|octobre|oct\\.?|novembre|nov\\.?|d[ée]cembre|d[ée]c\\.?|january|jan\\.?|february|feb\\.?|march|april|apr\\.?|may|june|july|august|aug\\.?|september|sep\\.?|october|november|december)";
export const WEEKDAY_RE = "(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)";

export function monthNumber(name: string): number | undefined {
  const k = name.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").replace(/\.$/, "");
  return MONTHS[k];
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
