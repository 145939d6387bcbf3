/**
 * Dates written day first, from a vocabulary: "16 de agosto de 2023", "domingo, 16 de agosto", "il 3
 * marzo 2022", "16 augustus", "16 августа 2023 года", and day ranges "del 10 al 13 de septiembre",
 * "dal 10 al 13 settembre", "van 10 tot 13 september", "с 10 по 13 сентября" (one mention with its end).
 */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { DAY_NUMBER, alt, lookup, type Vocabulary } from "../../vocabulary";
import { prefixPattern } from "../TemporalParser";
import { VocabularyParser } from "./VocabularyParser";

export interface DateWords {
  /** After the day number: ordinal marks ("º", "°", "\\.", "-го"). */
  daySuffix?: string;
  /** Day number written as a word ("primero", "primo"). */
  firstDay?: string;
  /** Between day and month ("\\s+de\\s+" or "\\s+"). */
  dayMonth: string;
  /** Between month and year ("\\s+de\\s+|\\s+del\\s+|\\s+"). */
  monthYear: string;
  /** After the year ("\\s+(?:года|г\\.)"). */
  yearSuffix?: string;
  /** Opens a day range ("del|entre el") and links its days ("al|y|a"). */
  rangeOpen: string;
  rangeLink: string;
  /** Between a weekday and the day number ("\\s*,?\\s*(?:el\\s+)?"). */
  weekdayLink: string;
}

export class DayMonthParser extends VocabularyParser<DateWords> {
  private readonly weekday: RegExp;

  constructor(v: Vocabulary, w: DateWords) {
    super(v, w);
    this.weekday = prefixPattern(`(?<wd>${alt(v.weekdays)})${w.weekdayLink}`);
  }

  protected innerPattern(): string {
    const w = this.w;
    const day = `(?:${DAY_NUMBER}${w.firstDay ? `|${w.firstDay}` : ""})(?:${w.daySuffix ?? "(?!)"})?`;
    const month = alt(this.v.months);
    const year = `(?:${w.monthYear})(?<year>(?:1[0-9]|20)\\d{2})(?!\\d)(?:${w.yearSuffix ?? "(?!)"})?`;
    return (
      `(?:(?:${w.rangeOpen})\\s+)?(?<d1>${day})(?:${w.dayMonth}(?<m1>${month}))?\\s*(?:${w.rangeLink})\\s*(?<d2>${day})${w.dayMonth}(?<m2>${month})(?:${year})?` +
      `|(?<day>${day})${w.dayMonth}(?<month>${month})(?:${year.replace("<year>", "<year2>")})?`
    );
  }

  private dayOf(s: string): number {
    const n = parseInt(s, 10);
    return isFinite(n) ? n : 1;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    const yearWord = g.year ?? g.year2;
    const year: Record<string, number> = yearWord ? { year: +yearWord } : {};
    if (g.d2) {
      const m2 = lookup(this.v.months, g.m2)!;
      const m1 = g.m1 ? lookup(this.v.months, g.m1)! : m2;
      const [d1, d2] = [this.dayOf(g.d1), this.dayOf(g.d2)];
      if (!m1 || !m2 || (m1 === m2 && d2 <= d1)) return null;
      const r = this.result(context, match.index!, match[0], { gran: "day", anchor: yearWord ? undefined : "monthday" }, { day: d1, month: m1, ...year });
      r.end = context.createParsingComponents({ day: d2, month: m2, ...year });
      return r;
    }
    const month = lookup(this.v.months, g.month);
    if (!month) return null;
    const known: Record<string, number> = { day: this.dayOf(g.day), month, ...year };
    let start = match.index!;
    const wd = this.before(context, start, this.weekday);
    if (wd) {
      known.weekday = lookup(this.v.weekdays, wd.groups.wd)!;
      start = wd.start;
    }
    return this.result(context, start, context.text.slice(start, match.index! + match[0].length), { gran: "day", anchor: yearWord ? undefined : "monthday" }, known);
  }
}
