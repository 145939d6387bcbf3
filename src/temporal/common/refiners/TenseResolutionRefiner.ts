/**
 * Resolves underspecified dates (bare weekday, day+month, month or season without a year, holidays,
 * times without a day, "la veille"/"the day before") against the reference date, in the direction given
 * by the expression itself or, failing that, by the tense of its clause.
 */
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { addDays, SEASON_MONTHS, utc } from "../calendar";
import { tenseAt, type Cue, type Direction, type TenseCues } from "../tense";
import { getTimex, setTimex, type TimexInfo } from "../timex";

const DAY = 86400000;
/** How far the tense may be contradicted: "payable Dec. 15" in a past-tense article of late October. */
const SLACK = 60 * DAY;

/** The candidate nearest to the reference among those the tense allows (past: not after ref + slack). */
function nearest(cands: Date[], ref: Date, dir: Direction, slack = SLACK): Date {
  const allowed = cands.filter((x) => (dir < 0 ? +x <= +ref + slack : dir > 0 ? +x >= +ref - slack : true));
  const pool = allowed.length ? allowed : cands;
  return pool.reduce((a, b) => (Math.abs(+a - +ref) <= Math.abs(+b - +ref) ? a : b));
}

export class TenseResolutionRefiner implements Refiner {
  /**
   * @param clockDayGap what may stand between a clock time and the day it belongs to besides spaces and
   *   commas (a locale's time-zone words, "local time", a bracketed conversion: "9:30 a.m. local time on
   *   Thursday"); such a day must have no clock time of its own.
   */
  constructor(
    private readonly cues: TenseCues,
    private readonly clockDayGap?: RegExp,
  ) {}

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const r0 = context.refDate;
    const ref = utc(r0.getUTCFullYear(), r0.getUTCMonth() + 1, r0.getUTCDate());
    // Cues are only looked for in sentences holding an underspecified expression, once per sentence.
    const cueCache = new Map<string, Cue[]>();
    // Days resolved in the first pass; expressions anchored on the day in focus ("la veille", bare clock
    // times) are resolved in a second pass against them.
    const days: { index: number; end: number; day: Date; hour: boolean }[] = [];
    // Years of every dated expression (a month, a year…), for "that year" / "later that year".
    const years: { end: number; year: number; month?: number }[] = [];
    // Years written in the text ("en 97 (en janvier …, en octobre …)"): a month or day without a year
    // right after one, in the same sentence, belongs to it.
    const written = results
      .filter((x) => x.start.isCertain("year") && !getTimex(x).value)
      .map((x) => ({ end: x.index + x.text.length, year: x.start.get("year")! }));
    const yearInFocus = (index: number): number | undefined => {
      let best: number | undefined;
      for (const w of written) {
        if (w.end > index || index - w.end > 80) continue;
        if (/[.!?]/.test(context.text.slice(w.end, index))) continue;
        best = w.year;
      }
      return best;
    };
    for (const pass of [1, 2])
    for (const r of results) {
      const info = getTimex(r);
      if (info.value) {
        const vy = pass === 1 ? /^(\d{4})(?:-(\d\d)(?![\d]))?(?![\dQHW])/.exec(info.value) : null;
        if (vy) years.push({ end: r.index + r.text.length, year: +vy[1], month: vy[2] ? +vy[2] : undefined });
        continue;
      }
      const c = r.start;
      const dirOf = (fallback?: Direction): Direction =>
        info.dir === "past" ? -1 : info.dir === "future" ? 1 : info.dir !== undefined ? (Math.sign(+info.dir) as Direction) : tenseAt(this.cues, context.text, r.index, r.index + r.text.length, fallback, cueCache);
      let day: Date | null = null;
      let anchor = info.anchor;
      if (!anchor) {
        if (c.isCertain("day") && c.isCertain("month") && !c.isCertain("year")) anchor = "monthday";
        else if (c.isCertain("month") && !c.isCertain("day") && !c.isCertain("year")) anchor = "month";
        else if (c.isCertain("weekday") && !c.isCertain("day")) anchor = "weekday";
        else if (c.isCertain("hour") && !c.isCertain("day")) anchor = "previous";
      }
      if ((anchor === "previous") !== (pass === 2)) continue;
      switch (anchor) {
        case "weekday": {
          const wd = c.get("weekday") ?? 0;
          const d = dirOf();
          const back = (ref.getUTCDay() - wd + 7) % 7;
          const fwd = (wd - ref.getUTCDay() + 7) % 7;
          let off: number;
          if (info.dir === "-1") off = -(back || 7);
          else if (info.dir === "1") off = fwd || 7;
          else if (d < 0) off = -back;
          else if (d > 0) off = fwd;
          else off = back <= fwd ? -back : fwd;
          day = addDays(ref, off);
          break;
        }
        case "monthday": {
          const m = c.get("month") ?? 1;
          const dd = c.get("day") ?? 1;
          const d = dirOf(0);
          const cands = [-1, 0, 1].map((k) => utc(ref.getUTCFullYear() + k, m, dd));
          const wd = c.isCertain("weekday") ? c.get("weekday") : undefined;
          const agree = wd === undefined ? [] : cands.filter((x) => x.getUTCDay() === wd);
          if (agree.length === 1) day = agree[0];
          // "le 6 mai dernier", "1er septembre prochain": strictly on that side of the reference.
          else day = nearest(cands, ref, d, info.dir === "-1" || info.dir === "1" ? 0 : SLACK);
          break;
        }
        case "candidates": {
          // A holiday or a bare day number: the candidate nearest to the reference on the side the tense
          // (or "last"/"next") gives.
          const cands = (info.days ?? "").split(",").filter(Boolean).map((x) => utc(+x.slice(0, 4), +x.slice(5, 7), +x.slice(8, 10)));
          if (!cands.length) break;
          // No slack: a year apart, the tense alone decides ("À Pâques, il viendra" in May is next Easter).
          day = nearest(cands, ref, dirOf(0), 0);
          break;
        }
        case "month": {
          const m = c.get("month") ?? 1;
          const d = dirOf(0);
          const fy = info.dir === undefined ? yearInFocus(r.index) : undefined;
          const explicit = info.dir === "-1" || info.dir === "1";
          const y =
            info.dir === "0"
              ? ref.getUTCFullYear()
              : fy ?? nearest([-1, 0, 1].map((k) => utc(ref.getUTCFullYear() + k, m, explicit ? (+info.dir! < 0 ? 28 : 1) : 15)), ref, d, explicit ? 0 : SLACK).getUTCFullYear();
          c.assign("year", y);
          c.assign("month", m);
          setTimex(c, { gran: info.gran ?? "month" });
          years.push({ end: r.index + r.text.length, year: y, month: m });
          continue;
        }
        case "season": {
          const s = info.season ?? "SU";
          const d = dirOf(0);
          const [sm, sd] = SEASON_MONTHS[s];
          let y = ref.getUTCFullYear();
          const start = utc(y, sm, sd);
          if (s === "WI" && ref.getUTCMonth() < 3) y--; // January–March belongs to last year's winter
          else if (d < 0 && start > ref) y--;
          else if (d > 0 && +start + 90 * DAY < +ref) y++;
          const value = `${y}-${s}`;
          setTimex(c, { value, gran: "season" } as TimexInfo);
          continue;
        }
        case "previous": {
          // A clock time right before its day ("vers 0 h 40, jeudi", "9:30 a.m. local time on Thursday")
          // takes that day; otherwise the last day mentioned nearby (same paragraph-ish) is in focus, else
          // the reference date.
          const end = r.index + r.text.length;
          const ownDay = (x: (typeof days)[number]): boolean => {
            const gap = context.text.slice(end, x.index);
            return /^[\s,]*$/.test(gap) ? gap.length <= 3 : !x.hour && !!this.clockDayGap?.test(gap);
          };
          const next = c.isCertain("hour") ? days.find((x) => x.index >= end && ownDay(x)) : undefined;
          let prev: (typeof days)[number] | undefined;
          for (const x of days) if (x.end <= r.index) prev = x;
          // Clock times look for their day nearby; "la veille"/"le lendemain" follow the narrative further.
          const reach = c.isCertain("hour") || info.offset === "0" ? 1000 : 5000;
          if (info.gran === "year" || info.gran === "month") {
            // "that year", "the following month": the year/month of the last dated expression, shifted.
            const off = +(info.offset ?? 0);
            let f: { year: number; month: number } = { year: ref.getUTCFullYear(), month: ref.getUTCMonth() + 1 };
            for (const x of years) if (x.end <= r.index && r.index - x.end < 5000 && (info.gran === "year" || x.month)) f = { year: x.year, month: x.month ?? 1 };
            if (info.gran === "year") {
              c.assign("year", f.year + off);
              setTimex(c, { value: String(f.year + off) });
            } else {
              const d = new Date(Date.UTC(f.year, f.month - 1 + off, 1));
              setTimex(c, { value: `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}` });
            }
            continue;
          }
          const base = next ? next.day : prev && r.index - prev.end < reach ? prev.day : ref;
          day = addDays(base, +(info.offset ?? 0));
          break;
        }
      }
      if (day) {
        c.assign("year", day.getUTCFullYear());
        c.assign("month", day.getUTCMonth() + 1);
        c.assign("day", day.getUTCDate());
        if (r.end && !r.end.isCertain("year")) {
          const e = r.end;
          let ed = utc(day.getUTCFullYear(), e.get("month") ?? day.getUTCMonth() + 1, e.get("day") ?? day.getUTCDate());
          if (ed < day) ed = utc(day.getUTCFullYear() + 1, ed.getUTCMonth() + 1, ed.getUTCDate());
          e.assign("year", ed.getUTCFullYear());
          e.assign("month", ed.getUTCMonth() + 1);
          e.assign("day", ed.getUTCDate());
        }
      }
      if (pass === 1 && c.isCertain("year")) years.push({ end: r.index + r.text.length, year: c.get("year")!, month: c.isCertain("month") ? c.get("month")! : undefined });
      if (pass === 1 && c.isCertain("day") && c.isCertain("year")) {
        days.push({ index: r.index, end: r.index + r.text.length, day: utc(c.get("year")!, c.get("month")!, c.get("day")!), hour: c.isCertain("hour") });
      }
    }
    return results;
  }
}
