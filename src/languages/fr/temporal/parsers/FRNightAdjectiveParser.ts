/** "nocturne(s)" (une virée nocturne, des explosions nocturnes): the night, without a known day (TIME TNI). */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { TemporalParser } from "../../../../temporal/common/parsers/TemporalParser";

export class FRNightAdjectiveParser extends TemporalParser {
  protected override trigger(): string {
    return "nocturne";
  }

  protected innerPattern(): string {
    return `nocturnes?`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    return this.result(context, match.index!, match[0], { type: "TIME", value: "TNI", gran: "part-of-day" });
  }
}
