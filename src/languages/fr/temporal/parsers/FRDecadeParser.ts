/** Decades: "les années 60", "les années quatre-vingt", "les années 1990" → 196X (French TimeBank convention). */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { TemporalParser } from "../../../../temporal/common/parsers/TemporalParser";
import { parseFrNumber } from "../constants";

export class FRDecadeParser extends TemporalParser {
  protected override trigger(): string {
    return "années";
  }

  protected innerPattern(): string {
    return `(?:les\\s+|des\\s+|aux\\s+|(?:au\\s+)?(?<mod>début|fin|milieu)\\s+des\\s+)?années\\s+(?<d>(?:19|20)?[1-9]0|20|vingt|trente|quarante|cinquante|soixante-dix|soixante|quatre-vingt-dix|quatre-vingts?)(?![\\d-])`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    let n = /^\d/.test(g.d) ? +g.d : parseFrNumber(g.d);
    if (!n) return null;
    if (n < 100) n += n <= 20 && !/^\d/.test(g.d) ? 1900 : n <= 20 ? 2000 : 1900;
    const mod = g.mod ? ({ début: "START", fin: "END", milieu: "MID" } as Record<string, string>)[g.mod.toLowerCase()] : undefined;
    return this.result(context, match.index!, match[0], { value: `${String(n).slice(0, 3)}X`, gran: "decade", mod });
  }
}
