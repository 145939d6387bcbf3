/**
 * Wire-service clock times in four digits with a time zone: "1842 GMT", "0300 UTC", "2130 EDT" (a time,
 * not the year 1842). The zone stays in the extent, as with "10:32 a.m. EDT"; the value is the local
 * clock reading.
 */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { TemporalParser } from "../../../../temporal/common/parsers/TemporalParser";

export class ENMilitaryTimeParser extends TemporalParser {
  protected override trigger(): string {
    return "GMT|UTC";
  }

  protected innerPattern(): string {
    return `(?<h>[01]\\d|2[0-3])(?<m>[0-5]\\d)\\s*(?:GMT|UTC)(?![\\p{L}])`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    const i = match.index!;
    // "$1842 GMT"? A number inside an amount or a list is no clock time.
    if (/[\d$£¥.,]$/.test(context.text.slice(Math.max(0, i - 1), i))) return null;
    // "at 10:35 a.m. (0735 GMT)": a conversion of the clock time just given, a gloss rather than a new time.
    if (/\d\s*(?:[ap]\.?m\.?)?(?:\s+local\s+time)?\s*\(\s*$/i.test(context.text.slice(Math.max(0, i - 30), i))) return null;
    return this.result(context, i, match[0], { type: "TIME" }, { hour: +g.h, minute: +g.m });
  }
}
