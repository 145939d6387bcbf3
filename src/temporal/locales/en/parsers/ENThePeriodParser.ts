/**
 * Anaphoric financial periods: "the quarter", "the latest quarter", "the year-earlier quarter",
 * "year-earlier", "the year-ago period", "a year earlier/ago" — resolved by ENPeriodContextRefiner
 * against the quarter in focus (or the year, when no quarter is in focus).
 */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { quarterOf } from "../../../common/calendar";
import { TemporalParser } from "../../../common/parsers/TemporalParser";

export class ENThePeriodParser extends TemporalParser {
  protected innerPattern(): string {
    return (
      `(?<q>the\\s+(?:latest\\s+|recent\\s+|most\\s+recent\\s+)?quarter)(?![-\\s]+(?:century|point|mile|of\\s+a))` +
      `|(?<ago>(?:the\\s+)?year[-\\s](?:earlier|ago)(?:\\s+(?:quarter|period))?|a\\s+year\\s+(?:earlier|ago|before))`
    );
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    const ref = context.refDate;
    let q = quarterOf(ref) - 1;
    let y = ref.getUTCFullYear();
    if (q < 1) (q = 4), y--;
    if (g.q) return this.result(context, match.index!, match[0], { value: `${y}-Q${q}`, gran: "quarter", anchor: "previous", offset: "Q0" });
    return this.result(context, match.index!, match[0], { value: String(ref.getUTCFullYear() - 1), gran: "year", anchor: "previous", offset: "Y-1" });
  }
}
