/**
 * Calendar units relative to the reference: "last year", "this month", "next week", "the past year",
 * "earlier this year" (START), "early next year", "the end of this week", "the weekend", "this week".
 */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { addDays, mondayOf, quarterOf, utc, weekValue } from "../../../../temporal/common/calendar";
import { TemporalParser } from "../../../../temporal/common/parsers/TemporalParser";

const MOD: Record<string, string> = { earlier: "START", early: "START", "the beginning of": "START", "the start of": "START", later: "END", late: "END", "the end of": "END", "end of": "END", "the middle of": "MID", mid: "MID", "the rest of": "END" };

export class ENRelativeUnitParser extends TemporalParser {
  protected override trigger(): string {
    return "year|month|week|quarter|half";
  }

  protected innerPattern(): string {
    return (
      `(?:(?<mod>earlier|early|later|late|mid|the\\s+beginning\\s+of|the\\s+start\\s+of|the\\s+end\\s+of|end\\s+of|the\\s+middle\\s+of|the\\s+rest\\s+of)[-\\s]\\s*)?` +
      `(?<rel>last|this|next|the\\s+past|the\\s+previous|the\\s+prior|the\\s+coming|the\\s+current|the\\s+latest|the\\s+same|the\\s+full|the\\s+following|a\\s+year\\s+from|(?<=(?:end|beginning|start|middle|rest)\\s+of\\s+)the|the(?=\\s+fiscal))\\s+(?<unit>year|month|week|weekend|quarter|fiscal\\s+year|half)(?!-)`
    );
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    const rel = g.rel.toLowerCase().replace(/\s+/g, " ");
    const unit = g.unit.toLowerCase().replace(/\s+/g, " ");
    const off = /last|past|previous|prior/.test(rel) ? -1 : /next|coming|following/.test(rel) ? 1 : 0;
    if (rel === "the same" || rel === "a year from") return null;
    if (/^This\s+Week/.test(match[0])) return null; // the TV programme
    const r = context.refDate;
    const ref = utc(r.getUTCFullYear(), r.getUTCMonth() + 1, r.getUTCDate());
    if (unit === "fiscal year" && /^\s+end(?:ed|ing)\b/i.test(context.text.slice(match.index! + match[0].length, match.index! + match[0].length + 8)))
      return this.result(context, match.index!, match[0], { type: "DURATION", value: "P1Y", gran: "duration" });
    const mod = g.mod ? MOD[g.mod.toLowerCase().replace(/\s+/g, " ")] : undefined;
    // "the following year/month" can only follow the narrative: the year/month after the one in focus.
    if (rel === "the following" && (unit === "year" || unit === "month"))
      return this.result(context, match.index!, match[0], { anchor: "previous", offset: "1", gran: unit, mod }, {});
    let value: string;
    let gran: "year" | "month" | "week" | "quarter" | "half-year";
    if (unit === "year" || unit === "fiscal year") {
      value = String(ref.getUTCFullYear() + off);
      gran = "year";
    } else if (unit === "month") {
      const d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() + off, 1, 12));
      value = `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
      gran = "month";
    } else if (unit === "week" || unit === "weekend") {
      value = weekValue(addDays(mondayOf(ref), 7 * off)) + (unit === "weekend" ? "-WE" : "");
      gran = "week";
    } else if (unit === "quarter") {
      let q = quarterOf(ref) + (rel === "the latest" ? -1 : off);
      let y = ref.getUTCFullYear();
      if (q < 1) (q += 4), y--;
      if (q > 4) (q -= 4), y++;
      value = `${y}-Q${q}`;
      gran = "quarter";
    } else {
      const h = ref.getUTCMonth() < 6 ? 1 : 2;
      let hh = h + off;
      let y = ref.getUTCFullYear();
      if (hh < 1) (hh = 2), y--;
      if (hh > 2) (hh = 1), y++;
      value = `${y}-H${hh}`;
      gran = "half-year";
    }
    return this.result(context, match.index!, match[0], { value, gran, mod });
  }
}
