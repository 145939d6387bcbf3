/** Dates at a distance from the reference: "two years ago" → year, "six weeks ago" → week, "three days ago" → day, "in two years". */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { addDays, utc, weekValue } from "../../../../temporal/common/calendar";
import { TemporalParser } from "../../../../temporal/common/parsers/TemporalParser";
import { EN_NUMBER, EN_UNITS, parseEnNumber } from "../constants";

export class ENAgoParser extends TemporalParser {
  protected override trigger(): string {
    return "ago|now|hence";
  }

  protected innerPattern(): string {
    return `(?:(?<q>nearly|almost|about|some|more\\s+than|roughly|around)\\s+)?(?<num>${EN_NUMBER}|a|an|a\\s+few|several)\\s+(?<unit>years?|months?|weeks?|days?|decades?)(?:\\s+or\\s+so)?\\s+(?<dir>ago|from\\s+now|hence)`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    const sign = /^(later|from|hence)/i.test(g.dir) ? 1 : -1;
    const unit = EN_UNITS[g.unit.toLowerCase()];
    if (/few|several/i.test(g.num)) return this.result(context, match.index!, match[0], { value: sign < 0 ? "PAST_REF" : "FUTURE_REF", gran: "vague" });
    const n = parseEnNumber(g.num);
    if (!isFinite(n) || n !== Math.floor(n)) return null;
    if (n === 1 && unit === "Y" && /^(a|one)$/i.test(g.num) && /^ago$/i.test(g.dir)) return null; // "a year ago": ENThePeriodParser
    const r = context.refDate;
    const ref = utc(r.getUTCFullYear(), r.getUTCMonth() + 1, r.getUTCDate());
    if (unit === "Y") return this.result(context, match.index!, match[0], { gran: "year" }, { year: ref.getUTCFullYear() + sign * n });
    if (unit === "DE") return this.result(context, match.index!, match[0], { value: String(ref.getUTCFullYear() + sign * 10 * n).slice(0, 3), gran: "decade" });
    if (unit === "M") {
      const d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() + sign * n, 1, 12));
      return this.result(context, match.index!, match[0], { gran: "month" }, { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 });
    }
    if (unit === "W") return this.result(context, match.index!, match[0], { value: weekValue(addDays(ref, sign * 7 * n)), gran: "week" });
    const d = addDays(ref, sign * n);
    return this.result(context, match.index!, match[0], { gran: "day" }, { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
  }
}
