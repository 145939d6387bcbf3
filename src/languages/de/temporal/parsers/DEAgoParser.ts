/**
 * Dates at a distance from the reference: "vor zwei Jahren" → that year, "vor drei Wochen" → that day,
 * "vor einem Monat" → that month, "vor mehr als zehn Jahren" (BEFORE), "vor rund 20 Jahren" (APPROX).
 * Vague distances ("vor wenigen Tagen") stay durations (DEDurationParser); "vor kurzem" is DEVagueRefParser's.
 */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { addDays, utc } from "../../../../temporal/common/calendar";
import { TemporalParser } from "../../../../temporal/common/parsers/TemporalParser";
import { DE_NUMBER, parseDeNumber } from "../constants";

const UNIT: Record<string, string> = { jahr: "Y", jahre: "Y", jahren: "Y", jahrzehnten: "DE", jahrzehnt: "DE", monat: "M", monaten: "M", woche: "W", wochen: "W", tag: "D", tagen: "D" };

export class DEAgoParser extends TemporalParser {
  protected override trigger(): string {
    return "vor\\s";
  }

  protected innerPattern(): string {
    return `vor\\s+(?:(?<approx>mehr\\s+als|über|fast|knapp|gut|rund|etwa|genau|ungefähr|beinahe|weniger\\s+als)\\s+)?(?<num>${DE_NUMBER})\\s+(?<unit>Jahren|Jahrzehnten|Monaten|Wochen|Tagen|Jahr|Monat|Woche|Tag)(?![\\p{L}])`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    const unit = UNIT[g.unit.toLowerCase()];
    const n = parseDeNumber(g.num);
    if (!unit || !isFinite(n) || n <= 0) return null;
    const r = context.refDate;
    const ref = utc(r.getUTCFullYear(), r.getUTCMonth() + 1, r.getUTCDate());
    const a = g.approx?.toLowerCase();
    const mod = !a ? undefined : /^(?:mehr|über|gut)/.test(a) ? "BEFORE" : /^(?:fast|knapp|weniger|beinahe)/.test(a) ? "AFTER" : /^genau/.test(a) ? undefined : "APPROX";
    if (n !== Math.floor(n)) return null;
    if (unit === "Y" || unit === "DE") {
      const y = ref.getUTCFullYear() - n * (unit === "DE" ? 10 : 1);
      return this.result(context, match.index!, match[0], unit === "DE" ? { value: `${String(y).slice(0, 3)}`, gran: "decade", mod } : { gran: "year", mod }, unit === "DE" ? {} : { year: y });
    }
    if (unit === "M") {
      const d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() - n, 1, 12));
      return this.result(context, match.index!, match[0], { gran: "month", mod }, { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 });
    }
    const d = addDays(ref, -n * (unit === "W" ? 7 : 1));
    return this.result(context, match.index!, match[0], { gran: "day", mod }, { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
  }
}
