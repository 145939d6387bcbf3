/** Months relative to the reference: "diesen Monat", "im vergangenen Monat", "letzten Monat", "nächsten Monat", "Ende des Monats", "Anfang nächsten Monats". */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { TemporalParser } from "../../../../temporal/common/parsers/TemporalParser";
import { DE_MOD_PATTERN, DE_NEXT_ADJ, DE_PAST_ADJ, adjDirection, modCode } from "../constants";

export class DERelativeMonthParser extends TemporalParser {
  protected override trigger(): string {
    return "monat";
  }

  protected innerPattern(): string {
    return `(?:(?<mod>${DE_MOD_PATTERN})\\s+)?(?:(?:im|in\\s+diesem|des|dem|den)\\s+)?(?:(?<adj>${DE_PAST_ADJ}|${DE_NEXT_ADJ}|diese[nmrs]?|laufende[nmr]?)\\s+)?Monat(?:s|es)?(?![\\p{L}])`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    const mod = modCode(g.mod);
    // "des Monats" alone only with Anfang/Mitte/Ende ("Ende des Monats"); "im Monat" is a set (DESetParser).
    if (!g.adj && !(mod && /des\s+Monats/i.test(match[0]))) return null;
    const lead = !g.mod ? /^(?:im|in)\s+/i.exec(match[0])?.[0].length ?? 0 : 0;
    const r = context.refDate;
    const d = new Date(Date.UTC(r.getUTCFullYear(), r.getUTCMonth() + adjDirection(g.adj), 1, 12));
    return this.result(context, match.index! + lead, match[0].slice(lead), { gran: "month", mod }, { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 });
  }
}
