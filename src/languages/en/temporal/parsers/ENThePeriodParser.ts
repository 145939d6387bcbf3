/**
 * Anaphoric financial periods: "the quarter", "the latest quarter", "the year-earlier quarter",
 * "year-earlier", "the year-ago period", "a year earlier/ago" — resolved by ENPeriodContextRefiner
 * against the quarter in focus (or the year, when no quarter is in focus).
 */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { addDays, quarterOf, weekValue } from "../../../../temporal/common/calendar";
import { TemporalParser } from "../../../../temporal/common/parsers/TemporalParser";

export class ENThePeriodParser extends TemporalParser {
  protected override trigger(): string {
    return "quarter|period|year|weekend";
  }

  protected innerPattern(): string {
    return (
      `(?<yq>the\\s+(?<qy>(?:19|20)\\d{2})\\s+(?:quarter|period))|(?<q>the\\s+(?:latest\\s+|recent\\s+|most\\s+recent\\s+)?quarter|that\\s+quarter|the\\s+latest\\s+period)(?![-\\s]+(?:century|point|mile|of\\s+a))|(?<y>the\\s+(?:full\\s+)?year)(?![-\\s]+(?:earlier|ago|before|\\d))|(?<we>the\\s+weekend)` +
      `|(?<ago>(?:the\\s+)?year[-\\s](?:earlier|ago)(?:\\s+(?:quarter|period))?|a\\s+year\\s+(?:earlier|ago|before))`
    );
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    const ref = context.refDate;
    let q = quarterOf(ref) - 1;
    let y = ref.getUTCFullYear();
    if (q < 1) (q = 4), y--;
    if (g.yq) return this.result(context, match.index!, match[0], { value: g.qy, gran: "year", anchor: "previous", offset: `QY${g.qy}` });
    // "the year ended March 31": a twelve-month period, not the calendar year.
    if (g.y && /^\s+end(?:ed|ing)\b/i.test(context.text.slice(match.index! + match[0].length, match.index! + match[0].length + 8)))
      return this.result(context, match.index!, match[0], { type: "DURATION", value: "P1Y", gran: "duration" });
    if (g.y) return this.result(context, match.index!, match[0], { value: String(ref.getUTCFullYear()), gran: "year" });
    if (g.we) {
      const d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate(), 12));
      const back = (d.getUTCDay() + 1) % 7; // days since the last Saturday
      return this.result(context, match.index!, match[0], { value: weekValue(addDays(d, -back)) + "-WE", gran: "week" });
    }
    if (g.q) return this.result(context, match.index!, match[0], { value: `${y}-Q${q}`, gran: "quarter", anchor: "previous", offset: "Q0" });
    // "the year-earlier $4.5 million": an adjective; the determiner belongs to the noun it qualifies.
    let index = match.index!;
    let text = match[0];
    const the = /^the\s+(?=year[-\s])/i.exec(text);
    if (the && !/(?:quarter|period)$/i.test(text)) {
      index += the[0].length;
      text = text.slice(the[0].length);
    }
    return this.result(context, index, text, { value: String(ref.getUTCFullYear() - 1), gran: "year", anchor: "previous", offset: "Y-1" });
  }
}
