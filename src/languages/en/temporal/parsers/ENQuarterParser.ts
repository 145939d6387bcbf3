/** Quarters: "the third quarter", "third-quarter", "the 1988 third quarter", "the year-ago third quarter", "the fiscal first quarter", "the fourth quarter of 1989", "the first half", "the first two quarters of 1990". */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { quarterOf } from "../../../../temporal/common/calendar";
import { TemporalParser } from "../../../../temporal/common/parsers/TemporalParser";
import { EN_ORDINALS } from "../constants";

export class ENQuarterParser extends TemporalParser {
  protected override trigger(): string {
    return "quarter|half";
  }

  protected innerPattern(): string {
    return `(?:(?<det>(?:the\\s+)?(?:(?:19|20)\\d{2}|year[-\\s](?:ago|earlier))|the|this\\s+year's|last\\s+year's|next\\s+year's|(?:19|20)\\d{2}(?:'s)?)\\s+)?(?:(?<fiscal>fiscal)\\s+)?(?<ord>first|second|third|fourth|1st|2nd|3rd|4th|last|final)[-\\s](?:(?<two>two)\\s+(?=quarters))?(?<u>quarters?|half|period)(?:\\s+of\\s+(?:fiscal\\s+)?(?<year>(?:19|20)\\d{2}))?`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    // "the first two quarters of 1990" is the first half-year, "the last two quarters of 1990" the
    // second; without a year, "the last two quarters" are the two before now (a duration, not H2).
    if (g.two && !(/^first$/i.test(g.ord) || (/^(?:last|final)$/i.test(g.ord) && g.year))) return null;
    if (!g.two && /s$/i.test(g.u)) return null;
    const half = /^half/i.test(g.u) || !!g.two;
    const n = /^(last|final)$/i.test(g.ord) ? (half ? 2 : 4) : EN_ORDINALS[g.ord.toLowerCase()];
    if (/^last$/i.test(g.ord) && !g.year && !half) return null; // "the last quarter" = the previous one, not Q4
    if (/^period/i.test(g.u)) return null;
    if (!n || (half && n > 2)) return null;
    const ref = context.refDate;
    let y = ref.getUTCFullYear();
    const det = g.det?.toLowerCase() ?? "";
    const ym = /^(?:the\s+)?(\d{4})/.exec(det);
    if (g.year) y = +g.year;
    else if (ym) y = +ym[1];
    else if (/year[-\s](?:ago|earlier)$/.test(det)) y--; // "the year-ago third quarter"
    else if (/^last/.test(det)) y--;
    else if (/^next/.test(det)) y++;
    else if (!/^this/.test(det)) {
      const cur = half ? (ref.getUTCMonth() < 6 ? 1 : 2) : quarterOf(ref);
      if (n > cur) y--;
    }
    // "the third-quarter loss": the determiner belongs to the noun, not to the adjectival quarter.
    let index = match.index!;
    let text = match[0];
    const the = /^the\s+/i.exec(text);
    if (the && /-(?:quarter|half)$/i.test(text)) {
      index += the[0].length;
      text = text.slice(the[0].length);
    }
    return this.result(context, index, text, { value: `${y}-${half ? "H" : "Q"}${n}`, gran: half ? "half-year" : "quarter" });
  }
}
