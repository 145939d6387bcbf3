/** Centuries: "dem 20. Jahrhundert" → 19, "Beginn des 19. Jahrhunderts" → 18, "diesem Jahrhundert", "des vorigen Jahrhunderts" (KRAUTS: the first two digits). */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { TemporalParser } from "../../../../temporal/common/parsers/TemporalParser";
import { DE_MOD_PATTERN, DE_NEXT_ADJ, DE_PAST_ADJ, adjDirection, modCode } from "../constants";

export class DECenturyParser extends TemporalParser {
  protected override trigger(): string {
    return "jahrhundert";
  }

  protected innerPattern(): string {
    return `(?:(?<mod>${DE_MOD_PATTERN}|(?:der\\s+)?(?:ersten|zweiten)\\s+Hälfte)\\s+)?(?:(?:des|dem|das|im|diese[snm]|in\\s+diesem)\\s+)?(?:(?<n>\\d{1,2})\\.\\s*|(?<adj>${DE_PAST_ADJ}|${DE_NEXT_ADJ}|diese[snm])\\s+)?Jahrhundert(?:s|e)?(?![\\p{L}])`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    const cur = Math.floor(context.refDate.getUTCFullYear() / 100) + 1;
    let n: number;
    if (g.n) n = +g.n;
    else if (g.adj || /diese[snm]\s/i.test(match[0])) n = cur + adjDirection(g.adj);
    else return null;
    if (n < 1 || n > 22) return null;
    const m = g.mod && /Hälfte/i.test(g.mod) ? (/ersten/i.test(g.mod) ? "FIRST_HALF" : "SECOND_HALF") : modCode(g.mod);
    return this.result(context, match.index!, match[0], { value: String(n - 1).padStart(2, "0"), gran: "century", mod: m });
  }
}
