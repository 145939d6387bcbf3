/** Centuries: "le XIXe siècle" → 18XX, "la fin du XIXe siècle" (mod END). */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { TemporalParser } from "../../../../temporal/common/parsers/TemporalParser";

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
const roman = (s: string) => [...s].reduce((acc, ch, i, a) => acc + (ROMAN[ch] < (ROMAN[a[i + 1]] ?? 0) ? -ROMAN[ch] : ROMAN[ch]), 0);

export class FRCenturyParser extends TemporalParser {
  protected override trigger(): string {
    return "siècle";
  }

  protected innerPattern(): string {
    return `(?:(?:la\\s+|au\\s+)?(?<mod>fin|début|milieu|moitié)\\s+du\\s+|le\\s+|du\\s+|au\\s+)?(?<c>[IVXL]+|\\d{1,2})(?:e|è|ème|eme)\\s+siècle`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    const n = /^\d/.test(g.c) ? +g.c : roman(g.c);
    if (!n || n > 21) return null;
    let index = match.index!;
    let text = match[0];
    const m = /^(?:du|au)\s+/i.exec(text);
    if (m && !g.mod) {
      index += m[0].length;
      text = text.slice(m[0].length);
    }
    const mod = g.mod ? ({ fin: "END", début: "START", milieu: "MID", moitié: "MID" } as Record<string, string>)[g.mod.toLowerCase()] : undefined;
    return this.result(context, index, text, { value: `${String(n - 1).padStart(2, "0")}XX`, gran: "century", mod });
  }
}
