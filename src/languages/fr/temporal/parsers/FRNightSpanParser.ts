/** "(dans) la nuit de mardi à mercredi", "la nuit du 12 au 13 septembre" → one TIME mention, the night of the first day (…TNI). */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { TemporalParser } from "../../../../temporal/common/parsers/TemporalParser";
import { FR_MONTH_PATTERN, FR_WEEKDAYS, FR_WEEKDAY_PATTERN, monthNumber } from "../constants";

export class FRNightSpanParser extends TemporalParser {
  protected override trigger(): string {
    return "nuit";
  }

  protected innerPattern(): string {
    return (
      `la\\s+nuit\\s+(?:du|de)\\s+(?:(?<wd>${FR_WEEKDAY_PATTERN})\\s+(?:à|au)\\s+(?:${FR_WEEKDAY_PATTERN})` +
      // "la nuit du 12 au 13 septembre": the night of the first day.
      `|(?<d1>1er|[12]\\d|3[01]|0?[1-9])(?:\\s+(?<m1>${FR_MONTH_PATTERN}))?\\s+au\\s+(?<d2>1er|[12]\\d|3[01]|0?[1-9])\\s+(?<month>${FR_MONTH_PATTERN}))`
    );
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    if (g.d1) {
      const d1 = g.d1 === "1er" ? 1 : +g.d1;
      const d2 = g.d2 === "1er" ? 1 : +g.d2;
      // "du 31 août au 1er septembre"; "du 31 au 1er septembre": the first day belongs to the month before.
      let month = monthNumber(g.m1 ?? g.month);
      if (!g.m1 && d2 < d1) month = month === 1 ? 12 : month - 1;
      if (!month) return null;
      return this.result(context, match.index!, match[0], { anchor: "monthday", pod: "NI", type: "TIME", gran: "day" }, { day: d1, month });
    }
    const wd = FR_WEEKDAYS[g.wd.toLowerCase()];
    return this.result(context, match.index!, match[0], { anchor: "weekday", pod: "NI", type: "TIME" }, { weekday: wd });
  }
}
