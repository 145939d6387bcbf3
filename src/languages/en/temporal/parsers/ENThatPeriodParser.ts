/**
 * Periods named by a demonstrative, anaphoric to the narrative: "that year", "later that year",
 * "earlier that day" → the year / day of the last date mentioned. A bare "that day" is left alone
 * ("trades made that day" is generic in market reports); "that same day" is ENAnaphoricDayParser's.
 */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { TemporalParser } from "../../../../temporal/common/parsers/TemporalParser";

const MOD: Record<string, string> = { earlier: "START", later: "END", early: "START", late: "END" };

export class ENThatPeriodParser extends TemporalParser {
  protected override trigger(): string {
    return "that\\s+(?:year|day)";
  }

  protected innerPattern(): string {
    return `(?:(?<mod>earlier|later|early|late)\\s+)?that\\s+(?<unit>year|day)(?!['’-])`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    const unit = g.unit.toLowerCase();
    if (unit === "day" && !g.mod) return null;
    const mod = g.mod ? MOD[g.mod.toLowerCase()] : undefined;
    return this.result(context, match.index!, match[0], { anchor: "previous", offset: "0", gran: unit === "year" ? "year" : undefined, mod }, {});
  }
}
