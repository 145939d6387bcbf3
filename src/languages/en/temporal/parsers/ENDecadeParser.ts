/** Decades and centuries: "the 1980s" → 198, "the '80s", "the mid-1980s", "the 19th century" → 18. */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { TemporalParser } from "../../../../temporal/common/parsers/TemporalParser";

export class ENDecadeParser extends TemporalParser {
  protected override trigger(): string {
    return "0s|0's|century|ties";
  }

  protected innerPattern(): string {
    return `(?:the\\s+)?(?:(?<mod>early|mid|late)[-\\s])?(?:(?<dec>(?:1[6-9]|20)\\d0)'?s|'(?<short>\\d0)s|(?<cent>1\\d|20|21)(?:th|st)\\s+century|(?<=the\\s+(?:(?:early|mid|late)[-\\s])?)(?<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    const mod = g.mod ? ({ early: "START", mid: "MID", late: "END" } as Record<string, string>)[g.mod.toLowerCase()] : undefined;
    if (g.cent) return this.result(context, match.index!, match[0], { value: String(+g.cent - 1), gran: "century", mod });
    if (g.word) {
      const d = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 }[g.word.toLowerCase() as "twenties"];
      return this.result(context, match.index!, match[0], { value: `19${d}`, gran: "decade", mod });
    }
    const value = g.dec ? g.dec.slice(0, 3) : `19${g.short[0]}`;
    return this.result(context, match.index!, match[0], { value, gran: "decade", mod });
  }
}
