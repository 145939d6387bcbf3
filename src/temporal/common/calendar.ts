/** Small UTC calendar helpers (ISO weeks, month lengths, formatting). */
export const pad = (n: number, w = 2): string => String(Math.abs(n)).padStart(w, "0");

export const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d, 12));

export const isoDay = (d: Date): string => `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

export const addDays = (d: Date, n: number): Date => new Date(d.getTime() + n * 86400000);

export const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Easter Sunday of a year (Gregorian computus, anonymous algorithm): the anchor of the movable feasts. */
export function easter(y: number): Date {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  return utc(y, Math.floor((h + l - 7 * m + 114) / 31), ((h + l - 7 * m + 114) % 31) + 1);
}

/** The same yearly day (a holiday, given by `at`) in the year before, the year of and the year after `year`:
 * the candidates of a holiday named without its year. */
export const yearCandidates = (year: number, at: (y: number) => Date): string[] => [-1, 0, 1].map((k) => isoDay(at(year + k)));

/** Day `day` of the months at `offsets` from the reference's month, where the month has it: the
 * candidates of a day number written without its month ("on the 24th", « le 12 »). */
export const dayOfMonthCandidates = (ref: Date, day: number, offsets: number[] = [-1, 0, 1]): string[] =>
  offsets.map((k) => utc(ref.getUTCFullYear(), ref.getUTCMonth() + 1 + k, day)).filter((d) => d.getUTCDate() === day).map(isoDay);

/** The n-th given weekday (0 = Sunday) of a month ("the fourth Thursday of November"). */
export const nthWeekday = (y: number, m: number, wd: number, n: number): Date => {
  const first = utc(y, m, 1);
  return addDays(first, ((wd - first.getUTCDay() + 7) % 7) + 7 * (n - 1));
};

/** ISO 8601 week: { year, week } of a date. */
export function isoWeek(d: Date): { year: number; week: number } {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const y = t.getUTCFullYear();
  const week = Math.ceil(((t.getTime() - Date.UTC(y, 0, 1)) / 86400000 + 1) / 7);
  return { year: y, week };
}

export const weekValue = (d: Date): string => {
  const w = isoWeek(d);
  return `${w.year}-W${pad(w.week)}`;
};

/** Monday of the ISO week containing d. */
export const mondayOf = (d: Date): Date => addDays(d, -((d.getUTCDay() + 6) % 7));

export function mondayOfWeek(year: number, week: number): Date {
  const jan4 = utc(year, 1, 4);
  return addDays(mondayOf(jan4), (week - 1) * 7);
}

export const SEASON_MONTHS: Record<string, [number, number, number, number]> = {
  // [start month, start day, end month, end day] (astronomical-ish, winter spans the year end)
  SP: [3, 21, 6, 20],
  SU: [6, 21, 9, 22],
  FA: [9, 23, 12, 20],
  WI: [12, 21, 3, 20],
};

/** Inclusive day range of a TimeML DATE value (YYYY, YYY, YYYY-MM, YYYY-MM-DD, YYYY-Www, YYYY-Qn, YYYY-Hn, YYYY-SU…). */
export function rangeOfValue(value: string): { start: string; end: string } | undefined {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value))) return { start: m[0], end: m[0] };
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) {
    const y = +m[1], mo = +m[2];
    return { start: `${m[1]}-${m[2]}-01`, end: `${m[1]}-${m[2]}-${pad(daysInMonth(y, mo))}` };
  }
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value))) {
    const mon = mondayOfWeek(+m[1], +m[2]);
    return m[3] ? { start: isoDay(addDays(mon, 5)), end: isoDay(addDays(mon, 6)) } : { start: isoDay(mon), end: isoDay(addDays(mon, 6)) };
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) {
    const q = +m[2];
    const em = q * 3;
    return { start: `${m[1]}-${pad(em - 2)}-01`, end: `${m[1]}-${pad(em)}-${pad(daysInMonth(+m[1], em))}` };
  }
  if ((m = /^(\d{4})-H([12])$/.exec(value))) {
    return m[2] === "1" ? { start: `${m[1]}-01-01`, end: `${m[1]}-06-30` } : { start: `${m[1]}-07-01`, end: `${m[1]}-12-31` };
  }
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
    const [sm, sd, em, ed] = SEASON_MONTHS[m[2]];
    const y = +m[1];
    return { start: `${y}-${pad(sm)}-${pad(sd)}`, end: `${m[2] === "WI" ? y + 1 : y}-${pad(em)}-${pad(ed)}` };
  }
  if ((m = /^(\d{4})$/.exec(value))) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  if ((m = /^(\d{3})X?$/.exec(value))) return { start: `${m[1]}0-01-01`, end: `${m[1]}9-12-31` };
  if ((m = /^(\d{2})(XX)?$/.exec(value))) return { start: `${m[1]}00-01-01`, end: `${m[1]}99-12-31` };
  return undefined;
}

export function quarterOf(d: Date): number {
  return Math.floor(d.getUTCMonth() / 3) + 1;
}

/** Day difference helpers on ISO YYYY-MM-DD strings. */
export function isoToDays(iso: string): number {
  const [y, m, d] = iso.slice(0, 10).split("-").map(Number);
  return Math.floor(Date.UTC(y, (m || 1) - 1, d || 1) / 86400000);
}

/** Inclusive number of days from `start` to `end` (ISO YYYY-MM-DD…): 1 for a single day, 7 for a week.
 * An unreadable or reversed range counts as 1 day. */
export function spanDays(start: string, end: string): number {
  const a = isoToDays(start);
  const b = isoToDays(end);
  if (Number.isNaN(a) || Number.isNaN(b) || b < a) return 1;
  return b - a + 1;
}
