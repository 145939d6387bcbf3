/**
 * Durations: "four years", "30.4 seconds", "the past two months", "the first nine months", "a five-year
 * low", "several years", "more than 20 years" (extent "20 years", mod MORE_THAN). Ages ("45 years
 * old", "a 45-year-old") are not durations.
 */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { durationValue } from "../../../../temporal/common/duration";
import { TemporalParser } from "../../../../temporal/common/parsers/TemporalParser";
import { EN_NUMBER, EN_UNITS, EN_UNIT_PATTERN, isRatePeriod, parseEnNumber } from "../constants";

const MODS: [RegExp, string][] = [
  [/(?:about|around|roughly|approximately|some|nearly|almost)\s+$/i, "APPROX"],
  [/(?:no\s+more\s+than|up\s+to)\s+$/i, "EQUAL_OR_LESS"],
  [/(?:more\s+than|over)\s+$/i, "MORE_THAN"],
  [/(?:less\s+than|under)\s+$/i, "LESS_THAN"],
  [/at\s+least\s+$/i, "EQUAL_OR_MORE"],
  [/up\s+to\s+$/i, "EQUAL_OR_LESS"],
];

export class ENDurationParser extends TemporalParser {
  protected innerPattern(): string {
    return (
      // TimeBank keeps "nearly", "more than", "less than", "at least", "up to", "over a/an" and a trailing "or so"
      // inside the extent ("about" and "over" + number outside: "over three years" is mostly "during").
      `(?:(?<qmod>nearly|almost|more\\s+than|less\\s+than|no\\s+more\\s+than|at\\s+least|up\\s+to|over(?=\\s+an?\\s))\\s+)?` +
      `(?<pre>the\\s+(?:past|last|next|first|previous|coming|latest|final|remaining|following|preceding|year[-\\s](?:earlier|ago)|early)\\s+|the\\s+|recent\\s+(?=(?:days|weeks|months|quarters)\\b))?` +
      `(?<halfa>half\\s+(?=an?\\s))?(?:(?<num>${EN_NUMBER}|a\\s+few|a|an|several|many|few|a\\s+couple\\s+of|couple\\s+of)(?<frac>\\s+1/2)?(?:\\s+more|\\s+(?:trading|business|working|calendar|straight|consecutive))?[-\\s]+)?` +
      `(?<unit>${EN_UNIT_PATTERN})(?<half>\\s+and\\s+a\\s+half)?(?<old>[-\\s]+old)?(?:\\s+or\\s+so(?![\\p{L}])|(?<ahead>\\s+ahead(?![\\p{L}])))?`
    );
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    if (g.old) return null;
    const unitWord = g.unit.toLowerCase();
    const unit = EN_UNITS[unitWord];
    const i = match.index!;
    const after = context.text.slice(i + match[0].length, i + match[0].length + 8);
    if (/^-old/i.test(after)) return null;
    if (/^\s+(?:ago|from\s+now|hence)\b/i.test(after)) return null; // ENAgoParser
    let n: number | "X";
    // "the next day", "the following week", "the previous day": anaphoric dates, not durations.
    if (!g.num && g.pre && /^the\s+(?:next|following|previous|preceding)\s+$/i.test(g.pre) && !/s$/.test(unitWord)) return null;
    if (!g.num) {
      // Bare plural units are vague durations ("for years"); "the year"/"the quarter" are handled elsewhere.
      // "over the years", "in the early years", "the weeks ahead": a vague span with its determiner ("the
      // weeks before the shooting" is an anchored date, left to the bare plural below).
      const thePlural = g.pre && /^the\s+(?:early\s+)?$/i.test(g.pre) && /s$/.test(unitWord) && /^(?:years|months|weeks|days|decades)$/.test(unitWord);
      if (thePlural && !/^\s+(?:before|after|following|leading|when|of|that)\b/i.test(after)) n = "X";
      else if (!/s$/.test(unitWord) || (g.pre && !/^recent\s+$/i.test(g.pre))) {
        if (!(g.pre && /^the\s+(?:past|last|next|first|previous|coming)\s+$/i.test(g.pre) && !/s$/.test(unitWord))) return null;
        n = 1;
      } else {
        if (!/^(?:years|months|weeks|days|decades|centuries)$/.test(unitWord)) return null;
        if (/\d[\s-]*$/.test(context.text.slice(Math.max(0, i - 3), i))) return null;
        n = "X";
      }
    } else if (/^(?:a\s+few|several|many|few|a\s+couple\s+of|couple\s+of)$/i.test(g.num)) {
      n = /couple/i.test(g.num) ? 2 : "X";
    } else {
      n = parseEnNumber(g.num);
      if (!isFinite(n)) return null;
      if (g.frac || g.half) n += 0.5;
      if (g.halfa) n = n / 2;
      if (/^(a|an)$/i.test(g.num) && /s$/.test(unitWord)) return null;
      // "$5 a year" is a set (ENSetParser); "a second group" is an ordinal; "three-quarters of" a fraction.
      if (/^(a|an)$/i.test(g.num) && isRatePeriod(context.text, i)) return null;
      if (unit === "S" && /^(a|an)$/i.test(g.num)) return null;
      if (unit === "Q" && /^\s+of\b/i.test(after)) return null;
      // "60 Minutes" (a TV show): a capitalised unit inside a sentence.
      if (/^[A-Z]/.test(g.unit) && !/^[A-Z]/.test(match[0])) return null;
    }
    if (unit === "WE") return null;
    // "Islam will one day be …": after a modal, "one day" is an indefinite future, not a duration.
    if (unit === "D" && /^one$/i.test(g.num ?? "") && !g.pre && !g.qmod && /\b(?:will|would|could|may|might|can|shall)\s+$/i.test(context.text.slice(Math.max(0, i - 7), i)))
      return this.result(context, i, match[0], { value: "FUTURE_REF", gran: "vague" });
    if (unit === "Q" && /^(a|an|one)$/i.test(g.num ?? "") ) return null; // "a quarter" of something
    // "the two-week strike": the determiner belongs to the noun.
    let index = i;
    let text = match[0];
    // "ahead" belongs to "the weeks ahead" only ("30.4 seconds ahead of" keeps it out).
    if (g.ahead && !(!g.num && g.pre && /^the\s+(?:early\s+)?$/i.test(g.pre))) text = text.slice(0, text.length - g.ahead.length);
    if (g.pre && /^the\s+$/i.test(g.pre) && /-/.test(text)) {
      index += g.pre.length;
      text = text.slice(g.pre.length);
    }
    // Money/percent after a number + unit ("a year" in "$5 a year") is a set, handled by ENSetParser.
    const before = context.text.slice(Math.max(0, i - 20), i);
    // "over the past five years", "over the next decade": "over" + a determined period means "during".
    const mods = g.pre && !g.qmod ? MODS.filter(([, mod]) => mod !== "MORE_THAN") : MODS;
    const mod = mods.find(([re]) => re.test(g.qmod ? g.qmod + " " : before))?.[1];
    const value = durationValue(n, unit === "D" && /night/.test(unitWord) ? "D" : unit);
    return this.result(context, index, text, { type: "DURATION", value, mod, gran: "duration" });
  }
}
