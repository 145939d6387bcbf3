/** Incidents in chronological order of their date, grouped by month and then by day (or span). */
import type { Incident } from "../model/incident";
import { humanDate, humanDay, humanMonth, isSingleDay } from "./dates";

export interface DayGroup {
  /** "Sunday 10 September 2023", or the span's wording for incidents dated by more than a day. */
  heading: string;
  /** ISO day or span start, for <time datetime>. */
  datetime: string;
  incidents: Incident[];
}

export interface MonthGroup {
  key: string;
  heading: string;
  datetime: string;
  days: DayGroup[];
}

/** Oldest first; within a start day, single days before longer spans, then by id (stable). */
export function chronological(incidents: Incident[]): Incident[] {
  const width = (i: Incident) => (isSingleDay(i.date) ? 0 : 1);
  return [...incidents].sort(
    (a, b) => a.date.start.localeCompare(b.date.start) || width(a) - width(b) || (a.date.end ?? "").localeCompare(b.date.end ?? "") || a.id.localeCompare(b.id),
  );
}

/** The month an incident falls in, or its own span (a year, a season across months) when it is wider. */
function monthOf(i: Incident): { key: string; heading: string } {
  const end = i.date.end ?? i.date.start;
  if (end.slice(0, 7) === i.date.start.slice(0, 7)) return { key: i.date.start.slice(0, 7), heading: humanMonth(i.date.start) };
  return { key: `${i.date.start}/${end}`, heading: humanDate(i.date) };
}

export function groupByMonthAndDay(incidents: Incident[]): MonthGroup[] {
  const months: MonthGroup[] = [];
  for (const i of chronological(incidents)) {
    const month = monthOf(i);
    let m = months[months.length - 1];
    if (!m || m.key !== month.key) months.push((m = { key: month.key, heading: month.heading, datetime: i.date.start.slice(0, 7), days: [] }));
    const heading = isSingleDay(i.date) ? humanDay(i.date.start) : humanDate(i.date);
    let d = m.days[m.days.length - 1];
    if (!d || d.heading !== heading) m.days.push((d = { heading, datetime: i.date.start.slice(0, 10), incidents: [] }));
    d.incidents.push(i);
  }
  return months;
}
