/**
 * A day number without its month, introduced by the locale's word for "day" ("no dia 19", "el día 24"):
 * the month (previous, current or next) where that day falls on the side the tense gives (anchor
 * "candidates", chosen by TenseResolutionRefiner).
 */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { dayOfMonthCandidates } from "../../calendar";
import { DAY_NUMBER } from "../../vocabulary";
import { TemporalParser } from "../TemporalParser";

export class BareDayParser extends TemporalParser {
  /** @param intro regex source of the words before the number ("(?:n?o\\s+)?dia"). */
  constructor(private readonly intro: string) {
    super();
  }

  protected innerPattern(): string {
    return `(?:${this.intro})\\s+(?<day>${DAY_NUMBER})(?![\\d.,:]?\\d)(?!\\s*(?:%|de\\s|del\\s|di\\s))`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const days = dayOfMonthCandidates(context.refDate, +match.groups!.day).join(",");
    if (!days) return null;
    return this.result(context, match.index!, match[0], { gran: "day", anchor: "candidates", days }, {});
  }
}
