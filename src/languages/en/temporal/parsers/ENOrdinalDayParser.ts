/**
 * A day of the month alone: "on the 24th", "by the 30th", "until the 1st", "the 15th of next month".
 * Without "of … month" the month is the one nearest to the reference in the tense direction (candidates:
 * previous, current and next month). Only after a preposition of time and before the end of the phrase:
 * "the 14th floor", "his 50th birthday", "the 19th century" are ordinals of nouns.
 */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { dayOfMonthCandidates } from "../../../../temporal/common/calendar";
import { TemporalParser } from "../../../../temporal/common/parsers/TemporalParser";

const PREP = /(?:^|[^\p{L}])(?:on|by|until|till|before|after|since|from|through|for)\s+$/iu;
// What may follow the day: the end of the phrase, a conjunction or another preposition.
const END = /^(?:\s*(?:[.,;:!?)"”—–-]|$)|\s+(?:and|or|but|at|in|when|while|after|before|to|through|until|as|because|with|if)\b)/i;
// Holes, laps, innings, floors: an ordinal in a sports or building context.
const NOT_DAYS = /\b(?:holes?|birdie|bogey|par|laps?|innings?|floors?|rounds?|minutes?|overtime|district|amendment|place)\b/i;

export class ENOrdinalDayParser extends TemporalParser {
  protected override trigger(): string {
    return "\\d(?:st|nd|rd|th)";
  }

  protected innerPattern(): string {
    return `the\\s+(?<d>[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)(?:\\s+of\\s+(?<rel>this|next|last)\\s+month)?`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    const i = match.index!;
    const end = i + match[0].length;
    if (!PREP.test(context.text.slice(Math.max(0, i - 10), i))) return null;
    if (!g.rel && !END.test(context.text.slice(end, end + 10))) return null;
    // "on the 1st and 15th of each month": a list of days of a set.
    if (/^\s+(?:and|or|to|through)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b/i.test(context.text.slice(end, end + 22))) return null;
    if (NOT_DAYS.test(context.text.slice(Math.max(0, i - 60), end + 20))) return null;
    const rel = g.rel?.toLowerCase() as "this" | "next" | "last" | undefined;
    const days = dayOfMonthCandidates(context.refDate, +g.d, rel ? [{ this: 0, next: 1, last: -1 }[rel]] : undefined);
    if (!days.length) return null;
    // Resolved in the tense direction by TenseResolutionRefiner, like a holiday.
    return this.result(context, i, match[0], { gran: "day", anchor: "candidates", days: days.join(",") }, {});
  }
}
