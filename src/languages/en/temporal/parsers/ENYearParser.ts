/** Years: "1990", "fiscal 1989", "the end of 1990" (END), "early 1991", "the year 2000". */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { TemporalParser } from "../../../../temporal/common/parsers/TemporalParser";

const UNIT_AFTER = /^(?:\s*(?:[-–]\s*\d|[.,]\d|\d|%|percent|shares|people|dollars|tons|barrels|miles|feet|acres|units|cars|jobs|votes|points|employees|students|troops|soldiers|pounds|yen|marks|francs|a\s+share|GMT|UTC)|-(?:\d))/i;
const STREET_AFTER = /^,?\s+(?:[A-Z][A-Za-z]*\.?\s+){1,3}(?:Avenue|Ave|Street|St|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Place|Pl|Square|Highway|Hwy|Parkway)\b/;
const MOD: Record<string, string> = { early: "START", mid: "MID", late: "END", "the end of": "END", "the beginning of": "START", "the start of": "START", "the middle of": "MID", "end of": "END", "the first half of": "START", "the second half of": "END" };

export class ENYearParser extends TemporalParser {
  protected innerPattern(): string {
    return `(?:(?<mod>early|mid|late|the\\s+end\\s+of|end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of|the\\s+middle\\s+of)[-\\s]\\s*)?(?<fiscal>fiscal\\s+(?:year\\s+)?|the\\s+year\\s+)?(?<year>(?:1[6-9]|20)\\d{2})(?!\\d|s\\b|'s\\b)`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    const i = match.index!;
    const after = context.text.slice(i + match[0].length, i + match[0].length + 14);
    const before = context.text.slice(Math.max(0, i - 10), i);
    if (UNIT_AFTER.test(after)) return null;
    // "1600 Pennsylvania Avenue", "1200 N. Main St.": a street number.
    if (STREET_AFTER.test(context.text.slice(i + match[0].length, i + match[0].length + 40))) return null;
    // "Kopp's 1987 Chevrolet", "Orion 1980": a year inside a name.
    if (!g.mod && !g.fiscal && /[A-Z][a-z]+\s+$/.test(before) && !/(?:In|Since|By|Until|Through|During|After|Before|From|Of|For|To|At|The|That|This|A|An|Its|His|Her|Their)\s+$/.test(before)) return null;
    if (/(?:\d[,.]?|[$£¥#]\s?|No\.\s?|[+-]|\d\s)$/i.test(before)) return null;
    const mod = g.mod ? MOD[g.mod.toLowerCase().replace(/\s+/g, " ")] : undefined;
    return this.result(context, i, match[0], { gran: "year", mod }, { year: +g.year });
  }
}
