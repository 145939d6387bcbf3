/**
 * Dates in the TimeLine gold form: YYYY-MM-DD, YYYY-MM-XX, YYYY-XX-XX, or XXXX-XX-XX (undated).
 * Gold files also write "1968" and "2003-09" (normalised here) and once "XXX-XX-XX" (undated).
 */
import type { IncidentDate } from "../../src/extract/types";

export const UNDATED = "XXXX-XX-XX";

export function normalizeGoldDate(raw: string): string {
  const s = raw.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return s;
  if (/^\d{4}-\d{2}(?:-XX)?$/.test(s)) return `${s.slice(0, 7)}-XX`;
  if (/^\d{4}(?:-XX-XX)?$/.test(s)) return `${s.slice(0, 4)}-XX-XX`;
  return UNDATED;
}

/** The known part of a gold-form date: "2008-01-XX" → "2008-01", "XXXX-XX-XX" → "". */
export function knownPrefix(goldForm: string): string {
  const i = goldForm.indexOf("X");
  return (i < 0 ? goldForm : goldForm.slice(0, i)).replace(/-$/, "");
}

const DAY_MS = 86_400_000;

/**
 * An inclusive ISO day span in gold form: the finest of day / month / year that holds the whole
 * span (a day → YYYY-MM-DD, a month → YYYY-MM-XX, a quarter or a year → YYYY-XX-XX). A span of at
 * most 31 days across two months (a week, "30 January – 2 February") is at month granularity: the
 * month of its middle day. Longer spans across years → XXXX-XX-XX.
 */
export function spanGoldForm(start: string, end: string): string {
  const s = start.slice(0, 10);
  const e = end.slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s) || !/^\d{4}-\d{2}-\d{2}$/.test(e)) return UNDATED;
  if (s === e) return s;
  if (s.slice(0, 7) === e.slice(0, 7)) return `${s.slice(0, 7)}-XX`;
  const days = (Date.parse(e) - Date.parse(s)) / DAY_MS + 1;
  if (days <= 31) return `${new Date(Date.parse(s) + Math.floor(days / 2) * DAY_MS).toISOString().slice(0, 7)}-XX`;
  if (s.slice(0, 4) === e.slice(0, 4)) return `${s.slice(0, 4)}-XX-XX`;
  return UNDATED;
}

export function incidentGoldForm(d: Pick<IncidentDate, "start" | "end">): string {
  return spanGoldForm(d.start, d.end);
}

/** Recall test: the system date lies inside the gold's known prefix, at the gold's granularity or finer. */
export function hasGoldPrefix(systemForm: string, goldForm: string): boolean {
  const g = knownPrefix(goldForm);
  const s = knownPrefix(systemForm);
  return g !== "" && s !== "" && s.startsWith(g);
}

/** Precision test: neither date contradicts the other (one known prefix extends the other). */
export function compatibleForms(systemForm: string, goldForm: string): boolean {
  const g = knownPrefix(goldForm);
  const s = knownPrefix(systemForm);
  return g !== "" && s !== "" && (s.startsWith(g) || g.startsWith(s));
}
