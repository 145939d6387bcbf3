/** Dates with and without year: "le 10 septembre", "samedi 24 juillet", "le 10 novembre 93", "1er septembre prochain". */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { TemporalParser } from "../../../common/parsers/TemporalParser";
import { FR_MONTH_PATTERN, FR_WEEKDAYS, FR_WEEKDAY_PATTERN, monthNumber } from "../constants";

export class FRDayMonthParser extends TemporalParser {
  protected innerPattern(): string {
    return `(?:(?:le\\s+)?(?<wdo>${FR_WEEKDAY_PATTERN})\\s+(?<dayo>1er|[12]\\d|3[01]|0?[1-9])(?!\\s*(?:h\\b|heures?|%|${FR_MONTH_PATTERN})|[,.]?\\d))|(?:les\\s+(?<eday>1er|[12]\\d|3[01]|0?[1-9])(?=\\s+et\\s+(?:le\\s+)?(?:1er|[12]\\d|3[01]|0?[1-9])\\s+(?<emonth>${FR_MONTH_PATTERN})))|(?:(?:le|ce)\\s+)?(?:(?<wd>${FR_WEEKDAY_PATTERN})\\s+)?(?<day>1er|premier|[12]\\d|3[01]|0?[1-9])\\s+(?<month>${FR_MONTH_PATTERN})(?:\\s+(?<year>\\d{4}(?!\\d)|['’]?\\d{2}(?=\\s*[,.;:)]|\\s*$)))?(?:\\s+(?<rel>dernier|prochain)s?)?`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    if (g.wdo) {
      // "lundi 3": the day number in the month where it falls on that weekday, nearest to the reference.
      const wd = FR_WEEKDAYS[g.wdo.toLowerCase()];
      const dd = g.dayo === "1er" ? 1 : +g.dayo;
      const r = context.refDate;
      const cands = [-1, 0, 1]
        .map((k) => new Date(Date.UTC(r.getUTCFullYear(), r.getUTCMonth() + k, dd, 12)))
        .filter((d) => d.getUTCDate() === dd && d.getUTCDay() === wd);
      if (!cands.length) return null;
      const d = cands.reduce((a, b) => (Math.abs(+a - +r) <= Math.abs(+b - +r) ? a : b));
      return this.result(context, match.index!, match[0], { gran: "day" }, { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: dd, weekday: wd });
    }
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
