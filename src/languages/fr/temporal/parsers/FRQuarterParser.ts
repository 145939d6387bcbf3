/** Quarters and half-years: "le troisième trimestre (2002)", "au premier semestre". */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { quarterOf } from "../../../../temporal/common/calendar";
import { TemporalParser } from "../../../../temporal/common/parsers/TemporalParser";
import { FR_ORDINALS } from "../constants";

export class FRQuarterParser extends TemporalParser {
  protected override trigger(): string {
    return "trimestre|semestre";
  }

  protected innerPattern(): string {
    return `(?:le\\s+|ce\\s+)?(?<ord>premier|1er|deuxième|second|2e|troisième|3e|quatrième|4e)\\s+(?<u>trimestre|semestre)(?:\\s+(?:de\\s+|d['’])?(?:l['’]année\\s+)?(?<year>(?:19|20)\\d{2}))?`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    const n = FR_ORDINALS[g.ord.toLowerCase()];
    const half = /^semestre/i.test(g.u);
    if (!n || (half && n > 2)) return null;
    let y = g.year ? +g.year : context.refDate.getUTCFullYear();
    if (!g.year) {
      const cur = half ? (context.refDate.getUTCMonth() < 6 ? 1 : 2) : quarterOf(context.refDate);
      if (n > cur) y--;
    }
    return this.result(context, match.index!, match[0], { value: `${y}-${half ? "H" : "Q"}${n}`, gran: half ? "half-year" : "quarter" });
  }
}
