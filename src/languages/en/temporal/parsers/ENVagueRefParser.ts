/** Vague references: "now", "currently", "current" (PRESENT_REF); "recently", "the past", "previously" (PAST_REF); "the future", "soon" (FUTURE_REF). */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { TemporalParser } from "../../../../temporal/common/parsers/TemporalParser";

export class ENVagueRefParser extends TemporalParser {
  protected innerPattern(): string {
    return (
      `(?<present>now|currently|current|at\\s+present|presently|nowadays|these\\s+days|for\\s+the\\s+time\\s+being|right\\s+now)` +
      `|(?<past>recently|recent\\s+years|the\\s+past|formerly|once\\s+upon\\s+a\\s+time|lately)` +
      `|(?<future>the\\s+(?:near\\s+)?future|the\\s+near\\s+term|the\\s+short\\s+term|a\\s+later\\s+date|future\\s+quarters|(?:the\\s+)?coming\\s+(?:days|weeks|months|years|quarters))`
    );
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    const t = match[0].toLowerCase();
    const i = match.index!;
    const after = context.text.slice(i + match[0].length, i + match[0].length + 12);
    // "the past five days" is a duration; "now" as a discourse marker ("Now, ...") is still PRESENT_REF.
    if (t === "the past" && /^\s+(?:\d|\w+\s+(?:years?|months?|weeks?|days?)|few|several|year|month|week|decade)/i.test(after)) return null;
    if ((t === "earlier" || t === "later") && !/^[\s]*[.,;]/.test(after)) return null;
    if (t === "current" && /^\s+(?:account|accounts|affairs|events|assets|liabilities|dollars|prices|rate)/i.test(after)) return null;
    // Sentence-initial "Now," is a discourse marker ("Now, he says, …", "Now for the quiz"); "Now the court
    // has ruled" / "Now with a solution in sight" is the present.
    if (match[0] === "Now" && /^\s*(?:[,;:]|for\b|then\b)/i.test(after)) return null;
    const value = g.present ? "PRESENT_REF" : g.past ? "PAST_REF" : "FUTURE_REF";
    let text = match[0];
    let index = i;
    if (/^in\s+the\s+coming/i.test(text)) {
      index += 3;
      text = text.slice(3);
    }
    return this.result(context, index, text, { value, gran: "vague" });
  }
}
