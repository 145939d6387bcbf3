/**
 * "at 9:30 a.m. local time on Thursday", "at 7 p.m. Eastern Saturday", "10:35 a.m. (0735 GMT) Friday":
 * a clock time followed, after a time-zone word or a parenthesised conversion, by its day takes that
 * day. Chrono merges a time with an adjacent day only; otherwise the bare clock time falls back on the
 * day in focus (often the reference date) while the day it names comes right after it.
 */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { getTimex } from "../../../common/timex";

const CLOCK = /^(?:(?:about|around)\s+)?(?:\d{1,2}(?::\d\d)?\s*(?:[ap]\.?\s?m\.?)?|noon|midnight)(?:\s+[A-Z]{2,4})?$/i;
const GAP = /^\s*(?:\([^()]{1,24}\)\s*)?(?:local\s+time|(?:Eastern|Central|Mountain|Pacific)(?:\s+(?:standard|daylight))?(?:\s+time)?|[A-Z]{2,4})?\s*,?\s*(?:on\s+)?$/;

export class ENClockDayRefiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (let k = 1; k < results.length; k++) {
      const [a, b] = [results[k - 1], results[k]];
      if (!CLOCK.test(a.text) || !a.start.isCertain("hour") || getTimex(a).value) continue;
      if (b.start.isCertain("hour") || !b.start.isCertain("day") || !b.start.isCertain("year") || getTimex(b).value) continue;
      const gap = context.text.slice(a.index + a.text.length, b.index);
      // Adjacent ones are chrono's (merged); a bare gap of spaces and commas is the resolver's.
      if (/^[\s,]*$/.test(gap) || !GAP.test(gap)) continue;
      for (const f of ["year", "month", "day"] as const) a.start.assign(f, b.start.get(f)!);
    }
    return results;
  }
}
