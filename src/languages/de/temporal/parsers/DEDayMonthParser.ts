/**
 * Dates with and without year: "21. März", "am 5. Juli 1993", "Donnerstag, 18. Dezember", "Samstag,
 * den 17. Januar", "29. Jänner", "am 3. Oktober vergangenen Jahres". Enumerations and ranges
 * ("3., 4. und 5. Oktober", "vom 10. bis 13. September") give one mention per day, the first days
 * taking the month written after the last, as KRAUTS annotates them.
 */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { TemporalParser, prefixPattern } from "../../../../temporal/common/parsers/TemporalParser";
import { DE_MONTH_PATTERN, DE_NEXT_ADJ, DE_PAST_ADJ, DE_WEEKDAY_PATTERN, adjDirection, monthNumber, weekdayNumber } from "../constants";

const DAY = "[12]\\d|3[01]|0?[1-9]";
/** A weekday before the day number ("Donnerstag, 18. Dezember", "Sonntag, den 5."), read backwards. */
const WEEKDAY = prefixPattern(`(?<wd>${DE_WEEKDAY_PATTERN})\\s*,?\\s*(?:(?:den|dem)\\s+)?`);

export class DEDayMonthParser extends TemporalParser {
  protected override trigger(): string {
    return `\\d\\.\\s*(?:${DE_MONTH_PATTERN})`;
  }

  protected innerPattern(): string {
    return (
      `(?<eday>${DAY})\\.(?=(?:\\s*(?:,|und|bis|oder|[-–/])\\s*(?:(?:zum|dem|den)\\s+)?(?:${DAY})\\.)+\\s*(?<emonth>${DE_MONTH_PATTERN})(?:\\s+(?<eyear>(?:1[0-9]|20)\\d{2}))?)` +
      `|(?<day>${DAY})\\.\\s*(?<month>${DE_MONTH_PATTERN})(?:\\s+(?<year>(?:1[0-9]|20)\\d{2})(?!\\d)|\\s+(?<rel>${DE_PAST_ADJ}|${DE_NEXT_ADJ}|dieses)\\s+Jahres)?`
    );
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    const at = match.index!;
    const end = at + match[0].length;
    const month = monthNumber(g.month ?? g.emonth);
    if (!month) return null;
    const day = +(g.day ?? g.eday);
    const known: Record<string, number> = { day, month };
    const yearWord = g.year ?? g.eyear;
    if (yearWord) known.year = +yearWord;
    else if (g.rel) known.year = context.refDate.getUTCFullYear() + adjDirection(g.rel);
    let start = at;
    const wd = this.before(context, at, WEEKDAY);
    if (wd && !g.eday) {
      known.weekday = weekdayNumber(wd.groups.wd!);
      start = wd.start;
    }
    return this.result(context, start, context.text.slice(start, end), { anchor: known.year ? undefined : "monthday", gran: "day" }, known);
  }
}
