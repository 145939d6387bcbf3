/** Decades: "den 80er Jahren", "den 1990er-Jahren", "den fünfziger Jahren", "Mitte der siebziger Jahre" → 198, 199, 195, 197 (KRAUTS: the first three digits). */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { TemporalParser } from "../../../../temporal/common/parsers/TemporalParser";
import { DE_MOD_PATTERN, modCode } from "../constants";

const WORDS: Record<string, number> = { zwanziger: 20, dreißiger: 30, dreissiger: 30, vierziger: 40, fünfziger: 50, sechziger: 60, siebziger: 70, achtziger: 80, neunziger: 90, neuziger: 90 };

export class DEDecadeParser extends TemporalParser {
  protected override trigger(): string {
    return "er[-\\s]*jahr|iger\\s+jahr";
  }

  protected innerPattern(): string {
    return `(?:(?<mod>${DE_MOD_PATTERN})\\s+)?(?:(?:den|die|der|in\\s+den)\\s+)?(?:(?<d>(?:19|20)?[0-9]0)er|(?<w>zwanziger|dreißiger|dreissiger|vierziger|fünfziger|sechziger|siebziger|achtziger|neunziger|neuziger))(?:\\s*-\\s*|\\s+)Jahr(?:e|en)?(?![\\p{L}])`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    let n = g.d ? +g.d : WORDS[g.w.toLowerCase()];
    if (n === undefined) return null;
    if (n < 100) n += n <= 20 && g.d ? 2000 : 1900;
    const lead = !g.mod ? /^in\s+/i.exec(match[0])?.[0].length ?? 0 : 0;
    return this.result(context, match.index! + lead, match[0].slice(lead), { value: String(n).slice(0, 3), gran: "decade", mod: modCode(g.mod) });
  }
}
