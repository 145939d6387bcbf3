/** Human wording of incident dates and times for the pages (English, UTC, no JavaScript needed). */
import type { Incident } from "../model/incident";

const day = new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const dayShort = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const month = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
const stamp = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC", timeZoneName: "short" });

const PART_OF_DAY: Record<string, string> = { MO: "morning", MI: "midday", AF: "afternoon", EV: "evening", NI: "night", DT: "daytime" };
const asDate = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`);

/** "Sunday, 10 September 2023" (ICU versions differ on the comma) */
export const humanDay = (iso: string) => day.format(asDate(iso));
/** "September 2023" */
export const humanMonth = (iso: string) => month.format(asDate(`${iso.slice(0, 7)}-01`));
/** "12 Sept 2023, 08:00 UTC" */
export const humanStamp = (iso: string) => stamp.format(new Date(iso));

/** "10 – 13 September 2023", "28 September – 2 October 2023", "30 December 2023 – 2 January 2024". */
export function humanRange(start: string, end: string): string {
  const [a, b] = [asDate(start), asDate(end)];
  if (start.slice(0, 7) === end.slice(0, 7)) return `${a.getUTCDate()} – ${dayShort.format(b)}`;
  if (start.slice(0, 4) === end.slice(0, 4)) return `${dayShort.format(a).replace(/ \d{4}$/, "")} – ${dayShort.format(b)}`;
  return `${dayShort.format(a)} – ${dayShort.format(b)}`;
}

/**
 * The incident's date in words: "Sunday 10 September 2023, afternoon", "10 – 13 September 2023",
 * "September 2023", "Week 37 of 2023 (11 – 17 September 2023)", "2019".
 */
export function humanDate(d: Incident["date"]): string {
  const end = d.end ?? d.start;
  const part = /^\d{4}-\d{2}-\d{2}T(MO|MI|AF|EV|NI|DT)$/.exec(d.value);
  if (part) return `${humanDay(d.start)}, ${PART_OF_DAY[part[1]]}`;
  if (/^\d{4}-\d{2}-\d{2}/.test(d.value)) return end === d.start ? humanDay(d.start) : humanRange(d.start, end);
  if (/^\d{4}-\d{2}$/.test(d.value)) return humanMonth(d.value);
  if (/^\d{4}$/.test(d.value)) return d.value;
  const week = /^(\d{4})-W(\d{2})$/.exec(d.value);
  if (week) return `Week ${Number(week[2])} of ${week[1]} (${humanRange(d.start, end)})`;
  return end === d.start ? humanDay(d.start) : `${d.value} (${humanRange(d.start, end)})`;
}

/** Whether the date is one day (possibly with a part of day), so it belongs under that day's heading. */
export const isSingleDay = (d: Incident["date"]) => (d.end ?? d.start) === d.start && /^\d{4}-\d{2}-\d{2}/.test(d.value);
