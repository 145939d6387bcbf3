/**
 * Resolves underspecified dates (bare weekday, day+month, month or season without a year, holidays,
 * times without a day, "la veille"/"the day before") against the reference date, in the direction given
 * by the expression itself or, failing that, by the tense of its clause (the steps: anchor-resolution.ts).
 * Two passes: first what the reference date decides, then what the days of the first pass put in focus.
 */
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { DONE, implicitAnchor, resolveAnchor, type Resolution } from "../anchor-resolution";
import { utc } from "../calendar";
import { tenseAt, type Cue, type Direction, type TenseCues } from "../tense";
import { getTimex, type TimexInfo } from "../timex";

/** Years written in the text ("en 97 (en janvier …, en octobre …)"): a month or day without a year right after one, in the same sentence, belongs to it. */
function writtenYears(text: string, results: ParsingResult[]): (index: number) => number | undefined {
  const written = results
    .filter((x) => x.start.isCertain("year") && !getTimex(x).value)
    .map((x) => ({ end: x.index + x.text.length, year: x.start.get("year")! }));
  return (index) => {
    let best: number | undefined;
    for (const w of written) {
      if (w.end > index || index - w.end > 80) continue;
      if (/[.!?]/.test(text.slice(w.end, index))) continue;
      best = w.year;
    }
    return best;
  };
}

/** A resolved day written on the result, and on its end when the range's end has no year ("3–6 mars"). */
function assignDay(r: ParsingResult, day: Date): void {
  r.start.assign("year", day.getUTCFullYear());
  r.start.assign("month", day.getUTCMonth() + 1);
  r.start.assign("day", day.getUTCDate());
  if (!r.end || r.end.isCertain("year")) return;
  const e = r.end;
  let ed = utc(day.getUTCFullYear(), e.get("month") ?? day.getUTCMonth() + 1, e.get("day") ?? day.getUTCDate());
  if (ed < day) ed = utc(day.getUTCFullYear() + 1, ed.getUTCMonth() + 1, ed.getUTCDate());
  e.assign("year", ed.getUTCFullYear());
  e.assign("month", ed.getUTCMonth() + 1);
  e.assign("day", ed.getUTCDate());
}

/** First pass: the year and the day of a dated expression, for what later expressions anchor on. */
function remember(s: Resolution, r: ParsingResult): void {
  const c = r.start;
  if (c.isCertain("year")) s.years.push({ end: r.index + r.text.length, year: c.get("year")!, month: c.isCertain("month") ? c.get("month")! : undefined });
  if (c.isCertain("day") && c.isCertain("year")) {
    s.days.push({ index: r.index, end: r.index + r.text.length, day: utc(c.get("year")!, c.get("month")!, c.get("day")!), hour: c.isCertain("hour") });
  }
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
    const s = this.resolution(context, results);
    for (const pass of [1, 2]) for (const r of results) this.resolve(s, r, pass);
    return results;
  }

  private resolution(context: ParsingContext, results: ParsingResult[]): Resolution {
    const r0 = context.refDate;
    // Cues are only looked for in sentences holding an underspecified expression, once per sentence.
    const cueCache = new Map<string, Cue[]>();
    const dirOf = (r: ParsingResult, info: TimexInfo, fallback?: Direction): Direction =>
      info.dir === "past" ? -1 : info.dir === "future" ? 1 : info.dir !== undefined ? (Math.sign(+info.dir) as Direction) : tenseAt(this.cues, context.text, r.index, r.index + r.text.length, fallback, cueCache);
    return {
      text: context.text,
      ref: utc(r0.getUTCFullYear(), r0.getUTCMonth() + 1, r0.getUTCDate()),
      days: [],
      years: [],
      yearInFocus: writtenYears(context.text, results),
      dirOf,
      clockDayGap: this.clockDayGap,
    };
  }

  /** One expression in one pass: pass 1 resolves all but the anchors on the day in focus, pass 2 those. */
  private resolve(s: Resolution, r: ParsingResult, pass: number): void {
    const info = getTimex(r);
    if (info.value) {
      const vy = pass === 1 ? /^(\d{4})(?:-(\d\d)(?![\d]))?(?![\dQHW])/.exec(info.value) : null;
      if (vy) s.years.push({ end: r.index + r.text.length, year: +vy[1], month: vy[2] ? +vy[2] : undefined });
      return;
    }
    const anchor = info.anchor || implicitAnchor(r.start);
    if ((anchor === "previous") !== (pass === 2)) return;
    const day = resolveAnchor(s, r, info, anchor);
    if (day === DONE) return;
    if (day) assignDay(r, day);
    if (pass === 1) remember(s, r);
  }
}
