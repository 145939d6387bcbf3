/** Seasons from a vocabulary: "en verano", "el invierno pasado", "l'estate 2022", "afgelopen zomer", "летом", "этой осенью". */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { alt, lookup, type Vocabulary } from "../../vocabulary";
import { TemporalParser } from "../TemporalParser";

export class SeasonParser extends TemporalParser {
  constructor(
    private readonly v: Vocabulary,
    private readonly monthYear = "\\s+(?:de\\s+|del\\s+)?",
  ) {
    super();
  }

  protected override trigger(): string {
    return alt(this.v.seasons);
  }

  protected innerPattern(): string {
    return `(?:(?<qb>${alt(this.v.qualifiersBefore)})\\s+)?(?<s>${alt(this.v.seasons)})(?:${this.monthYear}(?<year>(?:19|20)\\d{2})(?!\\d))?(?:\\s+(?<qa>${alt(this.v.qualifiersAfter)}))?`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    const s = lookup(this.v.seasons, g.s);
    if (!s) return null;
    const i = match.index!;
    // A capitalised season inside a sentence is a name ("Primavera Sound", "Zomerfeesten").
    if (/^\p{Lu}/u.test(g.s) && !g.qb && i > 0 && !/[.!?\n«"„(]\s*$/.test(context.text.slice(Math.max(0, i - 3), i))) return null;
    if (g.year) return this.result(context, i, match[0], { value: `${g.year}-${s}`, gran: "season" });
    const q = g.qb !== undefined ? lookup(this.v.qualifiersBefore, g.qb) : lookup(this.v.qualifiersAfter, g.qa);
    const y = context.refDate.getUTCFullYear();
    if (q !== undefined) return this.result(context, i, match[0], { value: `${y + q}-${s}`, gran: "season" });
    return this.result(context, i, match[0], { anchor: "season", season: s, gran: "season" });
  }
}
