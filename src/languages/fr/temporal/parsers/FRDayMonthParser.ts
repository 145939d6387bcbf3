/** Dates with and without year: "le 10 septembre", "samedi 24 juillet", "le 10 novembre 93", "1er septembre prochain", "le 3 mars au soir". */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { TemporalParser, prefixPattern } from "../../../../temporal/common/parsers/TemporalParser";
import { FR_MONTH_PATTERN, FR_WEEKDAYS, FR_WEEKDAY_PATTERN, monthNumber, podCode } from "../constants";

const DAY = "1er|premier|[12]\\d|3[01]|0?[1-9]";
/** "le", "ce", a weekday before the day number ("le samedi 5 juin"), read backwards. */
const PREFIX = prefixPattern(`(?<les>les\\s+)|(?:(?:le|ce)\\s+)?(?:(?<wd>${FR_WEEKDAY_PATTERN})\\s+)`);
const ARTICLE = prefixPattern(`(?:le|ce)\\s+`);

export class FRDayMonthParser extends TemporalParser {
  protected innerPattern(): string {
    return (
      // "les 6 et 13 avril": an enumeration; the first day takes the month of the second.
      `(?<eday>${DAY})(?=\\s+et\\s+(?:le\\s+)?(?:${DAY})\\s+(?<emonth>${FR_MONTH_PATTERN}))` +
      `|(?<day>${DAY})(?:\\s+(?<month>${FR_MONTH_PATTERN})(?:\\s+(?<year>\\d{4}(?!\\d)|['’]?\\d{2}(?=\\s*[,.;:)]|\\s*$)))?(?:\\s+(?<rel>dernier|prochain)s?)?(?:\\s+au\\s+(?<pod>soir|matin)(?!\\s+d[eu'’]))?)?`
    );
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    const at = match.index!;
    const end = at + match[0].length;
    const pre = this.before(context, at, PREFIX);
    if (g.eday) {
      if (!pre?.groups.les) return null;
      const month = monthNumber(g.emonth);
      return this.result(context, pre.start, context.text.slice(pre.start, end), { anchor: "monthday", gran: "day" }, { day: g.eday === "1er" ? 1 : +g.eday, month });
    }
    const wdWord = pre?.groups.wd;
    if (!g.month) {
      // "lundi 3": a weekday and a day number; the month where that day falls on that weekday, nearest to the reference.
      if (!wdWord || /^\s*(?:h\b|heures?|%)|^[,.]?\d/i.test(context.text.slice(end, end + 8)) || /premier/i.test(g.day)) return null;
      const wd = FR_WEEKDAYS[wdWord.toLowerCase()];
      const dd = g.day === "1er" ? 1 : +g.day;
      const r = context.refDate;
      const cands = [-1, 0, 1]
        .map((k) => new Date(Date.UTC(r.getUTCFullYear(), r.getUTCMonth() + k, dd, 12)))
        .filter((d) => d.getUTCDate() === dd && d.getUTCDay() === wd);
      if (!cands.length) return null;
      const d = cands.reduce((a, b) => (Math.abs(+a - +r) <= Math.abs(+b - +r) ? a : b));
      const wdStart = this.before(context, at, PREFIX)!.start;
      return this.result(context, wdStart, context.text.slice(wdStart, end), { gran: "day" }, { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: dd, weekday: wd });
    }
    const day = /^(1er|premier)$/i.test(g.day) ? 1 : parseInt(g.day, 10);
    const month = monthNumber(g.month);
    if (!month) return null;
    const known: Record<string, number> = { day, month };
    if (wdWord) known.weekday = FR_WEEKDAYS[wdWord.toLowerCase()];
    if (g.year) {
      const y = parseInt(g.year.replace(/['’]/, ""), 10);
      known.year = g.year.replace(/['’]/, "").length === 2 ? (y > 30 ? 1900 + y : 2000 + y) : y;
    }
    const dir = g.rel ? (/^dernier/i.test(g.rel) ? "-1" : "1") : undefined;
    const start = wdWord ? pre!.start : this.before(context, at, ARTICLE)?.start ?? at;
    // "le 1er février au soir": a part of that day.
    const pod = g.pod ? podCode(g.pod) : undefined;
    return this.result(context, start, context.text.slice(start, end), { anchor: g.year ? undefined : "monthday", dir, gran: "day", pod, type: pod ? "TIME" : undefined }, known);
  }
}
