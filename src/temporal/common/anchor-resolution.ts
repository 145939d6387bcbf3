/**
 * How TenseResolutionRefiner resolves each kind of underspecified expression (timex.ts `Anchor`) against
 * the reference date: a weekday, a day and month, candidate days, a month, a season, or what the
 * narrative put in focus before ("la veille", bare clock times, "that year"). Each step reads the
 * expression's TimeML facts and the state of the article's resolution so far.
 */
import type { ParsingComponents, ParsingResult } from "chrono-node";
import { addDays, SEASON_MONTHS, utc } from "./calendar";
import type { Direction } from "./tense";
import { setTimex, type Anchor, type TimexInfo } from "./timex";

const DAY = 86400000;
/** How far the tense may be contradicted: "payable Dec. 15" in a past-tense article of late October. */
const SLACK = 60 * DAY;

/** A day resolved in the first pass, where it stands in the text. */
export interface FocusDay {
  index: number;
  end: number;
  day: Date;
  hour: boolean;
}

/** The year (and month) of a dated expression, for "that year" / "later that year". */
export interface FocusYear {
  end: number;
  year: number;
  month?: number;
}

/** One article's resolution: its reference day, what the first pass resolved, and how to read tense. */
export interface Resolution {
  text: string;
  ref: Date;
  days: FocusDay[];
  years: FocusYear[];
  /** A year written shortly before `index` in the same sentence ("en 97 (en janvier …)"). */
  yearInFocus: (index: number) => number | undefined;
  /** The expression's own direction, else its clause's tense (`fallback` when the clause has no cue). */
  dirOf: (r: ParsingResult, info: TimexInfo, fallback?: Direction) => Direction;
  clockDayGap?: RegExp;
}

/** What a step returns when it wrote the expression's value itself (no day to assign, nothing to record). */
export const DONE = "done";

/** The candidate nearest to the reference among those the tense allows (past: not after ref + slack). */
function nearest(cands: Date[], ref: Date, dir: Direction, slack = SLACK): Date {
  const allowed = cands.filter((x) => (dir < 0 ? +x <= +ref + slack : dir > 0 ? +x >= +ref - slack : true));
  const pool = allowed.length ? allowed : cands;
  return pool.reduce((a, b) => (Math.abs(+a - +ref) <= Math.abs(+b - +ref) ? a : b));
}

/** The anchor of an expression whose parser gave none, from the calendar fields chrono is sure of. */
export function implicitAnchor(c: ParsingComponents): Anchor | undefined {
  if (c.isCertain("day") && c.isCertain("month") && !c.isCertain("year")) return "monthday";
  if (c.isCertain("month") && !c.isCertain("day") && !c.isCertain("year")) return "month";
  if (c.isCertain("weekday") && !c.isCertain("day")) return "weekday";
  if (c.isCertain("hour") && !c.isCertain("day")) return "previous";
  return undefined;
}

function weekday(s: Resolution, r: ParsingResult, info: TimexInfo): Date {
  const wd = r.start.get("weekday") ?? 0;
  const d = s.dirOf(r, info);
  const back = (s.ref.getUTCDay() - wd + 7) % 7;
  const fwd = (wd - s.ref.getUTCDay() + 7) % 7;
  let off: number;
  if (info.dir === "-1") off = -(back || 7);
  else if (info.dir === "1") off = fwd || 7;
  else if (d < 0) off = -back;
  else if (d > 0) off = fwd;
  else off = back <= fwd ? -back : fwd;
  return addDays(s.ref, off);
}

function monthDay(s: Resolution, r: ParsingResult, info: TimexInfo): Date {
  const c = r.start;
  const m = c.get("month") ?? 1;
  const dd = c.get("day") ?? 1;
  const d = s.dirOf(r, info, 0);
  const cands = [-1, 0, 1].map((k) => utc(s.ref.getUTCFullYear() + k, m, dd));
  const wd = c.isCertain("weekday") ? c.get("weekday") : undefined;
  const agree = wd === undefined ? [] : cands.filter((x) => x.getUTCDay() === wd);
  if (agree.length === 1) return agree[0];
  // "le 6 mai dernier", "1er septembre prochain": strictly on that side of the reference.
  return nearest(cands, s.ref, d, info.dir === "-1" || info.dir === "1" ? 0 : SLACK);
}

/** A holiday or a bare day number: the candidate nearest to the reference on the side the tense (or "last"/"next") gives. */
function candidates(s: Resolution, r: ParsingResult, info: TimexInfo): Date | null {
  const cands = (info.days ?? "").split(",").filter(Boolean).map((x) => utc(+x.slice(0, 4), +x.slice(5, 7), +x.slice(8, 10)));
  if (!cands.length) return null;
  // No slack: a year apart, the tense alone decides ("À Pâques, il viendra" in May is next Easter).
  return nearest(cands, s.ref, s.dirOf(r, info, 0), 0);
}

function month(s: Resolution, r: ParsingResult, info: TimexInfo): typeof DONE {
  const c = r.start;
  const m = c.get("month") ?? 1;
  const d = s.dirOf(r, info, 0);
  const fy = info.dir === undefined ? s.yearInFocus(r.index) : undefined;
  const explicit = info.dir === "-1" || info.dir === "1";
  const refYear = s.ref.getUTCFullYear();
  const y =
    info.dir === "0"
      ? refYear
      : fy ?? nearest([-1, 0, 1].map((k) => utc(refYear + k, m, explicit ? (+info.dir! < 0 ? 28 : 1) : 15)), s.ref, d, explicit ? 0 : SLACK).getUTCFullYear();
  c.assign("year", y);
  c.assign("month", m);
  setTimex(c, { gran: info.gran ?? "month" });
  s.years.push({ end: r.index + r.text.length, year: y, month: m });
  return DONE;
}

function season(s: Resolution, r: ParsingResult, info: TimexInfo): typeof DONE {
  const code = info.season ?? "SU";
  const d = s.dirOf(r, info, 0);
  const [sm, sd] = SEASON_MONTHS[code];
  let y = s.ref.getUTCFullYear();
  const start = utc(y, sm, sd);
  if (code === "WI" && s.ref.getUTCMonth() < 3) y--; // January–March belongs to last year's winter
  else if (d < 0 && start > s.ref) y--;
  else if (d > 0 && +start + 90 * DAY < +s.ref) y++;
  setTimex(r.start, { value: `${y}-${code}`, gran: "season" } as TimexInfo);
  return DONE;
}

/** "that year", "the following month": the year/month of the last dated expression, shifted. */
function focusPeriod(s: Resolution, r: ParsingResult, info: TimexInfo): typeof DONE {
  const off = +(info.offset ?? 0);
  let f: { year: number; month: number } = { year: s.ref.getUTCFullYear(), month: s.ref.getUTCMonth() + 1 };
  for (const x of s.years) if (x.end <= r.index && r.index - x.end < 5000 && (info.gran === "year" || x.month)) f = { year: x.year, month: x.month ?? 1 };
  if (info.gran === "year") {
    r.start.assign("year", f.year + off);
    setTimex(r.start, { value: String(f.year + off) });
  } else {
    const d = new Date(Date.UTC(f.year, f.month - 1 + off, 1));
    setTimex(r.start, { value: `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}` });
  }
  return DONE;
}

/**
 * A clock time right before its day ("vers 0 h 40, jeudi", "9:30 a.m. local time on Thursday") takes that
 * day; otherwise the last day mentioned nearby (same paragraph-ish) is in focus, else the reference date.
 */
function previous(s: Resolution, r: ParsingResult, info: TimexInfo): Date | typeof DONE {
  const c = r.start;
  const end = r.index + r.text.length;
  const ownDay = (x: FocusDay): boolean => {
    const gap = s.text.slice(end, x.index);
    return /^[\s,]*$/.test(gap) ? gap.length <= 3 : !x.hour && !!s.clockDayGap?.test(gap);
  };
  const next = c.isCertain("hour") ? s.days.find((x) => x.index >= end && ownDay(x)) : undefined;
  let prev: FocusDay | undefined;
  for (const x of s.days) if (x.end <= r.index) prev = x;
  // Clock times look for their day nearby; "la veille"/"le lendemain" follow the narrative further.
  const reach = c.isCertain("hour") || info.offset === "0" ? 1000 : 5000;
  if (info.gran === "year" || info.gran === "month") return focusPeriod(s, r, info);
  const base = next ? next.day : prev && r.index - prev.end < reach ? prev.day : s.ref;
  return addDays(base, +(info.offset ?? 0));
}

type Resolver = (s: Resolution, r: ParsingResult, info: TimexInfo) => Date | null | typeof DONE;

const RESOLVERS: Record<Anchor, Resolver> = { weekday, monthday: monthDay, candidates, month, season, previous };

/** The day an expression resolves to, null when it has none, DONE when the step wrote its value itself. */
export function resolveAnchor(s: Resolution, r: ParsingResult, info: TimexInfo, anchor: Anchor | undefined): Date | null | typeof DONE {
  return anchor && Object.hasOwn(RESOLVERS, anchor) ? RESOLVERS[anchor](s, r, info) : null;
}
