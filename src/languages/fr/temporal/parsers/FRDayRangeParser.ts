/** Day ranges as one mention: "entre le 10 et le 13 septembre", "du 10 au 13 septembre (2023)", "les 10 et 11 septembre". */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { TemporalParser } from "../../../../temporal/common/parsers/TemporalParser";
import { FR_MONTH_PATTERN, monthNumber } from "../constants";

const DAY = "1er|[12]\\d|3[01]|0?[1-9]";

export class FRDayRangeParser extends TemporalParser {
  protected override trigger(): string {
    return "entre|du";
  }

  protected innerPattern(): string {
    return `(?:entre\\s+le|du)\\s+(?<d1>${DAY})(?:\\s+(?<m1>${FR_MONTH_PATTERN}))?\\s+(?:et\\s+le|et|au)\\s+(?<d2>${DAY})\\s+(?<m2>${FR_MONTH_PATTERN})(?:\\s+(?<year>\\d{4})(?!\\d))?`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    const d1 = g.d1 === "1er" ? 1 : +g.d1;
    const d2 = +g.d2;
    const m2 = monthNumber(g.m2);
    const m1 = g.m1 ? monthNumber(g.m1) : m2;
    if (!m1 || !m2 || (m1 === m2 && d2 <= d1)) return null;
    const r = this.result(context, match.index!, match[0], { gran: "day" }, { day: d1, month: m1, ...(g.year ? { year: +g.year } : {}) });
    r.end = context.createParsingComponents({ day: d2, month: m2, ...(g.year ? { year: +g.year } : {}) });
    return r;
  }
}
