/**
 * Numeric dates, day first as German writes them: "23.3.1987", "05.03.2015", "am 23.03." (no year).
 * Clock times ("17.30 Uhr", "um 10.30") and decimals are not dates.
 */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { TemporalParser } from "../../../../temporal/common/parsers/TemporalParser";

export class DENumericDateParser extends TemporalParser {
  protected innerPattern(): string {
    return `(?<d>[12]\\d|3[01]|0?[1-9])\\.(?<m>1[0-2]|0?[1-9])\\.(?:(?<y>(?:1[89]|20)\\d{2})(?![\\d.])|(?<yy>\\d{2})(?![\\d.])|(?![\\d]))`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    const at = match.index!;
    const before = context.text.slice(Math.max(0, at - 3), at);
    if (/[\d.,]\s?$/.test(before)) return null;
    const after = context.text.slice(at + match[0].length, at + match[0].length + 6);
    if (/^\s*(?:Uhr|h\b|%|Prozent|Euro|€)/i.test(after)) return null;
    const known: Record<string, number> = { day: +g.d, month: +g.m };
    if (g.y) known.year = +g.y;
    else if (g.yy) known.year = +g.yy > 40 ? 1900 + +g.yy : 2000 + +g.yy;
    // "am 23.03." without a year: only with the trailing period and a determiner before.
    else if (!/(?:am|vom|zum|bis|ab|den|dem)\s+$/i.test(context.text.slice(Math.max(0, at - 5), at))) return null;
    return this.result(context, at, match[0].replace(/\.$/, g.y || g.yy ? "" : "."), { anchor: known.year ? undefined : "monthday", gran: "day" }, known);
  }
}
