/**
 * Dates at a distance from the reference, from a vocabulary: "hace dos años", "due anni fa", "há três
 * semanas", "twee jaar geleden", "два года назад" (past); "dentro de tres meses", "tra due settimane",
 * "через два года" (future). Years give a year, months a month, weeks and days a day.
 */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { addDays, utc } from "../../calendar";
import { alt, lookup, numberPattern, parseNumber } from "../../vocabulary";
import { VocabularyParser } from "./VocabularyParser";

export interface AgoWords {
  pastBefore?: string;
  pastAfter?: string;
  futureBefore?: string;
  /** Approximations between the cue and the number ("unos", "circa") → APPROX. */
  approx?: string;
}

export class AgoParser extends VocabularyParser<AgoWords> {
  protected innerPattern(): string {
    const w = this.w;
    const q = `(?:(?<approx>${w.approx ?? "(?!)"})\\s+)?(?<num>${numberPattern(this.v)})\\s+(?<unit>${alt(this.v.units)})`;
    return `(?<pb>${w.pastBefore ?? "(?!)"})\\s+${q}|(?<fb>${w.futureBefore ?? "(?!)"})\\s+${q.replace(/<(approx|num|unit)>/g, "<$12>")}|${q.replace(/<(approx|num|unit)>/g, "<$13>")}\\s+(?<pa>${w.pastAfter ?? "(?!)"})`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    const sign = g.fb ? 1 : -1;
    const unit = lookup(this.v.units, g.unit ?? g.unit2 ?? g.unit3);
    const n = parseNumber(this.v, g.num ?? g.num2 ?? g.num3);
    if (!unit || !isFinite(n) || n <= 0 || n !== Math.floor(n)) return null;
    const mod = g.approx ?? g.approx2 ?? g.approx3 ? "APPROX" : undefined;
    const r = context.refDate;
    const ref = utc(r.getUTCFullYear(), r.getUTCMonth() + 1, r.getUTCDate());
    if (unit === "Y" || unit === "DE") {
      const y = ref.getUTCFullYear() + sign * n * (unit === "DE" ? 10 : 1);
      return this.result(context, match.index!, match[0], { gran: "year", mod }, { year: y });
    }
    if (unit === "M") {
      const d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() + sign * n, 1, 12));
      return this.result(context, match.index!, match[0], { gran: "month", mod }, { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 });
    }
    if (unit !== "W" && unit !== "D") return null;
    const d = addDays(ref, sign * n * (unit === "W" ? 7 : 1));
    return this.result(context, match.index!, match[0], { gran: "day", mod }, { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
  }
}
