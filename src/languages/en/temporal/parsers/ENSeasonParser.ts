/** Seasons: "this summer", "last fall", "the spring of 1990", "winter". */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { TemporalParser } from "../../../../temporal/common/parsers/TemporalParser";
import { EN_SPELLED_YEAR, parseSpelledYear } from "../constants";

const CODE: Record<string, string> = { spring: "SP", summer: "SU", fall: "FA", autumn: "FA", winter: "WI" };

export class ENSeasonParser extends TemporalParser {
  protected override trigger(): string {
    return "spring|summer|fall|autumn|winter";
  }

  protected innerPattern(): string {
    return `(?:(?<mod>early|late|mid)[-\\s])?(?:(?<rel>this|last|next|the\\s+past|the)\\s+)?(?<s>spring|summer|fall|autumn|winter)(?:\\s+(?:of\\s+)?(?:(?<year>(?:19|20)\\d{2})|(?<sy>${EN_SPELLED_YEAR})(?![-\\p{L}])))?`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    const s = CODE[g.s.toLowerCase()];
    const rel = g.rel?.toLowerCase();
    // "fall" is mostly the verb/noun ("a fall in prices"): only with a determiner or a year.
    if (s === "FA" && /^fall$/i.test(g.s) && !g.year && !g.sy && (!rel || rel === "the")) return null;
    // Seasons are lowercase in English: "Spring of Life" mid-sentence is a name.
    const i = match.index!;
    if (!rel && !g.mod && /^[A-Z]/.test(g.s) && i > 0 && !/[.!?\n"“]\s*$/.test(context.text.slice(Math.max(0, i - 3), i))) return null;
    const mod = g.mod ? ({ early: "START", late: "END", mid: "MID" } as Record<string, string>)[g.mod.toLowerCase()] : undefined;
    const year = g.year ?? (g.sy ? String(parseSpelledYear(g.sy)) : undefined);
    if (year) return this.result(context, match.index!, match[0], { value: `${year}-${s}`, gran: "season", mod });
    const y = context.refDate.getUTCFullYear();
    if (rel === "last" || rel === "the past") return this.result(context, match.index!, match[0], { value: `${y - 1}-${s}`, gran: "season", mod });
    if (rel === "next") return this.result(context, match.index!, match[0], { value: `${y + 1}-${s}`, gran: "season", mod });
    if (rel === "this") return this.result(context, match.index!, match[0], { value: `${y}-${s}`, gran: "season", mod });
    return this.result(context, match.index!, match[0], { anchor: "season", season: s, gran: "season", mod });
  }
}
