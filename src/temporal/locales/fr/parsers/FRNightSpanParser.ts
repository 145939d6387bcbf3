/** "(dans) la nuit de mardi à mercredi" → one TIME mention, the night of the first day (…TNI). */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { TemporalParser } from "../../../common/parsers/TemporalParser";
import { FR_WEEKDAYS, FR_WEEKDAY_PATTERN } from "../constants";

export class FRNightSpanParser extends TemporalParser {
  protected override trigger(): string {
    return "nuit";
  }

  protected innerPattern(): string {
    return `la\\s+nuit\\s+(?:du|de)\\s+(?<wd>${FR_WEEKDAY_PATTERN})\\s+(?:à|au)\\s+(?:${FR_WEEKDAY_PATTERN})`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const wd = FR_WEEKDAYS[match.groups!.wd.toLowerCase()];
    return this.result(context, match.index!, match[0], { anchor: "weekday", pod: "NI", type: "TIME" }, { weekday: wd });
  }
}
