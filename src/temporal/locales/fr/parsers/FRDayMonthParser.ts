/** Dates with and without year: "le 10 septembre", "samedi 24 juillet", "le 10 novembre 93", "1er septembre prochain". */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { TemporalParser } from "../../../common/parsers/TemporalParser";
import { FR_MONTH_PATTERN, FR_WEEKDAYS, FR_WEEKDAY_PATTERN, monthNumber } from "../constants";

export class FRDayMonthParser extends TemporalParser {
  protected innerPattern(): string {
    return `(?:les\\s+(?<eday>1er|[12]\\d|3[01]|0?[1-9])(?=\\s+et\\s+(?:le\\s+)?(?:1er|[12]\\d|3[01]|0?[1-9])\\s+(?<emonth>${FR_MONTH_PATTERN})))|(?:(?:le|ce)\\s+)?(?:(?<wd>${FR_WEEKDAY_PATTERN})\\s+)?(?<day>1er|premier|[12]\\d|3[01]|0?[1-9])\\s+(?<month>${FR_MONTH_PATTERN})(?:\\s+(?<year>\\d{4}(?!\\d)|['’]?\\d{2}(?=\\s*[,.;:)]|\\s*$)))?(?:\\s+(?<rel>dernier|prochain)s?)?`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    // "les 6 et 13 avril": an enumeration of two dates; the first takes the month of the second.
    const day = g.eday ? (g.eday === "1er" ? 1 : +g.eday) : /^(1er|premier)$/i.test(g.day) ? 1 : parseInt(g.day, 10);
    const month = monthNumber(g.emonth ?? g.month);
    if (!month) return null;
    const known: Record<string, number> = { day, month };
    if (g.wd) known.weekday = FR_WEEKDAYS[g.wd.toLowerCase()];
    if (g.year) {
      const y = parseInt(g.year.replace(/['’]/, ""), 10);
      known.year = g.year.replace(/['’]/, "").length === 2 ? (y > 30 ? 1900 + y : 2000 + y) : y;
    }
    const dir = g.rel ? (/^dernier/i.test(g.rel) ? "-1" : "1") : undefined;
    return this.result(context, match.index!, match[0], { anchor: g.year ? undefined : "monthday", dir, gran: "day" }, known);
  }
}
