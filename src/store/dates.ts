/** Day arithmetic on ISO dates (YYYY-MM-DD…); only the first 10 characters are used. */
import { spanDays } from "../temporal/common/calendar";

const DAY = 86_400_000;

export const dayOf = (iso: string): string => iso.slice(0, 10);

export function addDays(iso: string, days: number): string {
  const t = Date.parse(`${dayOf(iso)}T00:00:00Z`);
  if (Number.isNaN(t)) return dayOf(iso);
  return new Date(t + days * DAY).toISOString().slice(0, 10);
}

/** Span classes: class c holds spans of at most 2^c days. The overlap lookup scans each class's
 * date_start index over a window of 2^c days before the queried span, so its cost depends on the
 * density of mentions around that date, not on the size of the store. */
export const MAX_SPAN_CLASS = 16; // 2^16 days ≈ 179 years
export function spanClass(start: string, end: string): number {
  const d = spanDays(start, end);
  return Math.min(MAX_SPAN_CLASS, Math.ceil(Math.log2(d)));
}
