/** Decades from a locale pattern with a group `d` ("los años 90", "gli anni '80", "de jaren 90", "в 1990-х годах") → TimeML "199". */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { TemporalParser } from "../TemporalParser";

export class DecadeParser extends TemporalParser {
  constructor(private readonly source: string) {
    super();
  }

  protected innerPattern(): string {
    return this.source;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    let n = +match.groups!.d.replace(/\D/g, "");
    if (!isFinite(n) || n % 10 !== 0) return null;
    if (n < 100) n += n <= 20 ? 2000 : 1900;
    return this.result(context, match.index!, match[0], { value: String(n).slice(0, 3), gran: "decade" });
  }
}
