/**
 * Day ranges as one mention: "between September 10 and 13", "between Sept. 10 and Sept. 13",
 * "from 10 to 13 September", "10-13 September 2023" (chrono already covers "September 10 to 13").
 */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { TemporalParser } from "../../../../temporal/common/parsers/TemporalParser";
import { EN_MONTH_PATTERN, monthNumber } from "../constants";

const DAY = "[12]\\d|3[01]|0?[1-9]";
const ORD = "(?:st|nd|rd|th)?";

export class ENDayRangeParser extends TemporalParser {
  protected override trigger(): string {
    return "between|from|\\d\\s*[-–]\\s*\\d";
  }

  protected innerPattern(): string {
    return (
      `between\\s+(?<m1>${EN_MONTH_PATTERN})\\s+(?<d1>${DAY})${ORD}\\s+and\\s+(?:(?<m2>${EN_MONTH_PATTERN})\\s+)?(?<d2>${DAY})${ORD}(?:,?\\s+(?<y>\\d{4}))?` +
      `|(?:from\\s+|between\\s+)?(?:the\\s+)?(?<ld1>${DAY})${ORD}(?:\\s+(?<lm1>${EN_MONTH_PATTERN}))?\\s*(?:[-–]|to|and|through|until)\\s*(?:the\\s+)?(?<ld2>${DAY})${ORD}\\s+(?:of\\s+)?(?<lm2>${EN_MONTH_PATTERN})(?:,?\\s+(?<ly>\\d{4}))?`
    );
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    const d1 = +(g.d1 ?? g.ld1);
    const d2 = +(g.d2 ?? g.ld2);
    const m2 = monthNumber(g.m2 ?? g.lm2 ?? g.m1);
    const m1 = monthNumber(g.m1 ?? g.lm1 ?? g.lm2);
    const y = g.y ?? g.ly;
    if (!m1 || !m2 || (m1 === m2 && d2 <= d1)) return null;
    // "from 10 to 13 September" needs the "from"/"between" or a dash; "10 and 13 September" alone is a list.
    if (g.ld1 && !/^(from|between)\b/i.test(match[0]) && !/[-–]/.test(match[0])) return null;
    const r = this.result(context, match.index!, match[0], { gran: "day" }, { day: d1, month: m1, ...(y ? { year: +y } : {}) });
    r.end = context.createParsingComponents({ day: d2, month: m2, ...(y ? { year: +y } : {}) });
    return r;
  }
}
