/** Year ends: "year-end", "year end", "year's end" → the reference year, mod END. */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { TemporalParser } from "../../../../temporal/common/parsers/TemporalParser";

export class ENYearEndParser extends TemporalParser {
  protected override trigger(): string {
    return "end";
  }

  protected innerPattern(): string {
    return `year[-\\s]end|year['’]s\\s+end`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    // "year-end results" of a past year are still anchored to the reference year in news.
    return this.result(context, match.index!, match[0], { value: String(context.refDate.getUTCFullYear()), gran: "year", mod: "END" });
  }
}
