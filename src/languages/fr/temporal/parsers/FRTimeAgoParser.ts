/** Dates at a distance from the reference: "il y a deux ans" → year, "il y a une semaine" → day, "dans trois mois" → month, "il y a un an jour pour jour" → day. */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { addDays, utc } from "../../../../temporal/common/calendar";
import { TemporalParser } from "../../../../temporal/common/parsers/TemporalParser";
import { FR_APPROX_PATTERN, FR_NUMBER, FR_UNITS, approxNumber, parseFrNumber } from "../constants";

export class FRTimeAgoParser extends TemporalParser {
  protected override trigger(): string {
    return "il\\s+y\\s+a|voici|dans|ici";
  }

  protected innerPattern(): string {
    return `(?<dir>il\\s+y\\s+a|voici|dans|d['’]ici)\\s+(?:(?<approx>près\\s+de|environ|plus\\s+de|moins\\s+de)\\s+)?(?:(?<num>${FR_NUMBER}|quelques)\\s+|(?<approxn>${FR_APPROX_PATTERN}))(?<unit>ans|an|années|année|mois|semaines|semaine|jours|jour)(?<exact>,?\\s+jour\\s+pour\\s+jour)?`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    const sign = /^(dans|d)/i.test(g.dir) ? 1 : -1;
    const unit = FR_UNITS[g.unit.toLowerCase()];
    const r = context.refDate;
    const ref = utc(r.getUTCFullYear(), r.getUTCMonth() + 1, r.getUTCDate());
    if (g.num && /^quelques$/i.test(g.num)) {
      return this.result(context, match.index!, match[0], { value: sign < 0 ? "PAST_REF" : "FUTURE_REF", gran: "vague" });
    }
    const n = g.approxn ? approxNumber(g.approxn) : parseFrNumber(g.num);
    if (!isFinite(n) || n !== Math.floor(n)) return null;
    // "il y a une dizaine de jours": approximate.
    // "il y a plus de deux ans" lies before that date, "dans moins d'un an" before it too.
    const bound = g.approx && /^(?:plus|moins)/i.test(g.approx) ? ((sign < 0) === /^plus/i.test(g.approx) ? "BEFORE" : "AFTER") : undefined;
    const mod = bound ?? (g.approx || g.approxn ? "APPROX" : undefined);
    // "il y a un an jour pour jour": the very day, a year ago.
    if (g.exact && (unit === "Y" || unit === "M")) {
      const d = new Date(Date.UTC(ref.getUTCFullYear() + (unit === "Y" ? sign * n : 0), ref.getUTCMonth() + (unit === "M" ? sign * n : 0), ref.getUTCDate(), 12));
      return this.result(context, match.index!, match[0], { gran: "day", mod }, { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
    }
    if (unit === "Y") return this.result(context, match.index!, match[0], { gran: "year", mod }, { year: ref.getUTCFullYear() + sign * n });
    if (unit === "M") {
      const d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() + sign * n, 1, 12));
      return this.result(context, match.index!, match[0], { gran: "month", mod }, { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 });
    }
    const d = addDays(ref, sign * n * (unit === "W" ? 7 : 1));
    return this.result(context, match.index!, match[0], { gran: "day", mod }, { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
  }
}
