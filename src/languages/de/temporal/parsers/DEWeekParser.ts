/**
 * Weeks and weekends: "diese Woche", "in der nächsten Woche", "vergangene Woche", "Anfang der Woche",
 * "Mitte der Woche", "Ende nächster Woche", "am Wochenende", "am vergangenen Wochenende". A weekend
 * without qualifier is the one the clause's tense points to (anchored on its Saturday).
 */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { addDays, mondayOf, utc, weekValue } from "../../../../temporal/common/calendar";
import { TemporalParser } from "../../../../temporal/common/parsers/TemporalParser";
import { DE_MOD_PATTERN, DE_NEXT_ADJ, DE_PAST_ADJ, adjDirection, modCode } from "../constants";

export class DEWeekParser extends TemporalParser {
  protected override trigger(): string {
    return "woche";
  }

  protected innerPattern(): string {
    return (
      `(?:(?<mod>${DE_MOD_PATTERN})\\s+(?:der\\s+|dieser\\s+)?)?(?:(?:die|der|in\\s+der|am|das|dem|des|zum|in)\\s+)?` +
      `(?:(?<adj>${DE_PAST_ADJ}|${DE_NEXT_ADJ}|diese[nmrs]?|laufende[nmr]?)\\s+)?(?<u>Woche|Wochenende)(?![\\p{L}])`
    );
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    const we = /ende$/i.test(g.u);
    const mod = modCode(g.mod);
    // "die Woche" alone is a duration or generic; only with a qualifier or Anfang/Mitte/Ende (or the weekend).
    if (!g.adj && !mod && !we) return null;
    const lead = /^(?:in\s+der|am|zum|in)\s+/i.exec(match[0])?.[0].length ?? 0;
    const index = match.index! + (g.mod ? 0 : lead);
    const text = match[0].slice(g.mod ? 0 : lead);
    const r = context.refDate;
    const ref = utc(r.getUTCFullYear(), r.getUTCMonth() + 1, r.getUTCDate());
    const d = adjDirection(g.adj);
    if (we && !g.adj) {
      // "am Wochenende": the Saturday the tense gives, written as that week's weekend.
      return this.result(context, index, text, { anchor: "weekday", gran: "week", weekend: "1", mod }, { weekday: 6 });
    }
    if (we && d) {
      const sat = addDays(ref, d < 0 ? -(((ref.getUTCDay() + 1) % 7) || 7) : ((6 - ref.getUTCDay() + 7) % 7) || 7);
      return this.result(context, index, text, { value: `${weekValue(sat)}-WE`, gran: "week", mod });
    }
    const monday = addDays(mondayOf(ref), 7 * d);
    return this.result(context, index, text, { value: weekValue(monday) + (we ? "-WE" : ""), gran: "week", mod });
  }
}
