/** Quarters and half-years: "im dritten Quartal (2014)", "der zweiten Jahreshälfte", "im ersten Halbjahr", "dritten Trimester 2009". */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { quarterOf } from "../../../../temporal/common/calendar";
import { TemporalParser } from "../../../../temporal/common/parsers/TemporalParser";
import { DE_ORDINAL_PATTERN, ordinalNumber } from "../constants";

export class DEQuarterParser extends TemporalParser {
  protected override trigger(): string {
    return "quartal|hälfte|halbjahr|trimester";
  }

  protected innerPattern(): string {
    return `(?<ord>${DE_ORDINAL_PATTERN})\\s+(?<u>Quartal|Jahreshälfte|Halbjahr|Trimester)(?:s|es)?(?:\\s+(?:des\\s+Jahres\\s+)?(?<year>(?:19|20)\\d{2}))?`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    const n = ordinalNumber(g.ord);
    const half = /hälfte|halbjahr/i.test(g.u);
    if (n < 1 || n > 4 || (half && n > 2)) return null;
    let y = g.year ? +g.year : context.refDate.getUTCFullYear();
    if (!g.year) {
      const cur = half ? (context.refDate.getUTCMonth() < 6 ? 1 : 2) : quarterOf(context.refDate);
      if (n > cur) y--;
    }
    return this.result(context, match.index!, match[0], { value: `${y}-${half ? "H" : "Q"}${n}`, gran: half ? "half-year" : "quarter" });
  }
}
