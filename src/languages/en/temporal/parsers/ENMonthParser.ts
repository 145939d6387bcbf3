/** Months: "July", "February 2022", "last November", "early September", "mid-November", "the end of November". */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { TemporalParser } from "../../../../temporal/common/parsers/TemporalParser";
import { EN_SPELLED_YEAR, monthNumber, parseSpelledYear } from "../constants";

const MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december|jan\\.|feb\\.|aug\\.|sept\\.|oct\\.|nov\\.|dec\\.";
const MOD: Record<string, string> = { early: "START", mid: "MID", late: "END", "the end of": "END", "the beginning of": "START", "the start of": "START", "the middle of": "MID", "end of": "END" };

export class ENMonthParser extends TemporalParser {
  protected innerPattern(): string {
    return `(?:(?<mod>early|mid|late|the\\s+end\\s+of|end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of|the\\s+middle\\s+of)[-\\s]\\s*)?(?:(?<rel>last|next|this)\\s+)?(?<month>${MONTHS})(?![\\s.]*\\d{1,2}(?:st|nd|rd|th)?(?![\\d:]|\\s*(?:%|percent|million|billion)))(?:,?\\s+(?<year>(?:1[6-9]|20)\\d{2})(?!\\d)|\\s+(?<sy>${EN_SPELLED_YEAR})(?![-\\p{L}])|\\s+(?<ry>last|this|next)\\s+year)?`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    const month = monthNumber(g.month);
    if (!month) return null;
    // "may" is mostly the modal verb; "March" can be the verb: require a capital and a temporal context.
    if (/^(may|march)$/i.test(g.month)) {
      if (!/^[MA]/.test(g.month[0]) || (!g.mod && !g.rel && !g.year && !g.sy && !/(?:in|since|until|by|of|from|through|during|to|before|after|early|late|the|last|next|this)\s+$/i.test(context.text.slice(Math.max(0, match.index! - 8), match.index!)))) return null;
    }
    const known: Record<string, number> = { month };
    if (g.year) known.year = +g.year;
    else if (g.sy) known.year = parseSpelledYear(g.sy);
    if (g.ry) known.year = context.refDate.getUTCFullYear() + (/^last/i.test(g.ry) ? -1 : /^next/i.test(g.ry) ? 1 : 0);
    const rel = g.rel?.toLowerCase();
    const dir = rel === "last" ? "-1" : rel === "next" ? "1" : rel === "this" ? "0" : undefined;
    const mod = g.mod ? MOD[g.mod.toLowerCase().replace(/\s+/g, " ")] : undefined;
    return this.result(context, match.index!, match[0], { anchor: g.year || g.sy || g.ry ? undefined : "month", dir, mod, gran: "month" }, known);
  }
}
