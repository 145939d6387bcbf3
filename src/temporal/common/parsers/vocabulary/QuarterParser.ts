/**
 * Quarters and half-years from a vocabulary: "el segundo trimestre (de 2024)", "nel terzo trimestre",
 * "no primeiro semestre", "het tweede kwartaal", "во втором квартале" → 2023-Q2 / 2023-H1. Without a
 * year, the latest such quarter not after the reference.
 */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { quarterOf } from "../../calendar";
import { alt, lookup } from "../../vocabulary";
import { TemporalParser } from "../TemporalParser";

export interface QuarterWords {
  /** Ordinal forms (all genders and cases) → 1–4. */
  ordinals: Record<string, number>;
  /** The quarter noun, all forms ("trimestre", "kwartaal", "квартал[аеу]?"). Regex source. */
  quarter: string;
  /** The half-year noun ("semestre", "полугоди[еяи]"). Regex source. */
  half?: string;
  /** Between the noun and a year ("\\s+(?:de|del)\\s+"); the year itself may follow its suffix ("года"). */
  yearLink: string;
  yearSuffix?: string;
}

export class QuarterParser extends TemporalParser {
  constructor(private readonly w: QuarterWords) {
    super();
  }

  protected override trigger(): string {
    return `${this.w.quarter}|${this.w.half ?? "(?!)"}`;
  }

  protected innerPattern(): string {
    const w = this.w;
    return `(?<ord>${alt(w.ordinals)})\\s+(?:(?<q>${w.quarter})|(?<h>${w.half ?? "(?!)"}))(?:(?:${w.yearLink})(?<year>(?:19|20)\\d{2})(?:${w.yearSuffix ?? "(?!)"})?)?`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    const n = lookup(this.w.ordinals, g.ord);
    const half = g.h !== undefined;
    if (!n || n > (half ? 2 : 4)) return null;
    let y = g.year ? +g.year : context.refDate.getUTCFullYear();
    if (!g.year) {
      const current = half ? (context.refDate.getUTCMonth() < 6 ? 1 : 2) : quarterOf(context.refDate);
      if (n > current) y--;
    }
    return this.result(context, match.index!, match[0], { value: `${y}-${half ? "H" : "Q"}${n}`, gran: half ? "half-year" : "quarter" });
  }
}
