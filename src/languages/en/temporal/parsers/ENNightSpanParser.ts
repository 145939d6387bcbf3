/** "the night of Tuesday to Wednesday", "overnight Tuesday to Wednesday" → the night of the first day (…TNI). */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { TemporalParser } from "../../../../temporal/common/parsers/TemporalParser";
import { EN_WEEKDAYS, EN_WEEKDAY_PATTERN } from "../constants";

export class ENNightSpanParser extends TemporalParser {
  protected override trigger(): string {
    return "night";
  }

  protected innerPattern(): string {
    return `(?:the\\s+night\\s+(?:of|from)|overnight\\s+(?:from\\s+)?)\\s*(?<wd>${EN_WEEKDAY_PATTERN})\\s+(?:to|into)\\s+(?:${EN_WEEKDAY_PATTERN})`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const wd = EN_WEEKDAYS[match.groups!.wd.toLowerCase()];
    return this.result(context, match.index!, match[0], { anchor: "weekday", pod: "NI", type: "TIME" }, { weekday: wd });
  }
}
