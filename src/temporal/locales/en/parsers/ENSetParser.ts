/** Sets: "every Monday", "each year", "each July", "on Mondays", "Tuesday nights", "daily", "weekly", "annually", "a year" after an amount ("$5 a year"), "per day". */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { TemporalParser } from "../../../common/parsers/TemporalParser";
import { EN_PARTS_OF_DAY, EN_WEEKDAYS, afterAmount, monthNumber } from "../constants";

const UNIT: Record<string, string> = { day: "P1D", week: "P1W", month: "P1M", year: "P1Y", quarter: "P1Q", hour: "PT1H", night: "P1D" };
const ADJ: Record<string, string> = { daily: "P1D", weekly: "P1W", monthly: "P1M", annually: "P1Y", yearly: "P1Y", annual: "P1Y", quarterly: "P3M", hourly: "PT1H", nightly: "P1D" };

export class ENSetParser extends TemporalParser {
  protected innerPattern(): string {
    return (
      `(?:every|each)\\s+(?:(?<other>other)\\s+)?(?<u>monday|tuesday|wednesday|thursday|friday|saturday|sunday|day|week|month|year|quarter|hour|night|morning|evening|weekend)` +
      `|(?:each|every)\\s+(?<month>january|february|march|april|may|june|july|august|september|october|november|december)` +
      // Plural weekdays are habitual: "on Mondays", "Monday and Tuesday nights".
      `|(?<wdc>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?=\\s+(?:and|or)\\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:s\\b|\\s+(?<cpod>mornings|afternoons|evenings|nights)\\b))` +
      `|(?<wds>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:s(?<pods>\\s+(?:mornings|afternoons|evenings|nights))?|\\s+(?<pod>mornings|afternoons|evenings|nights))` +
      `|(?<adj>daily|weekly|monthly|yearly|hourly|nightly)|(?:a|per)\\s+(?<per>day|week|month|year|hour|night)`
    );
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    let value: string | undefined;
    if (g.month) value = `XXXX-${String(monthNumber(g.month)).padStart(2, "0")}`;
    else if (g.wds || g.wdc) {
      const p = (g.pods ?? g.pod ?? g.cpod)?.trim().toLowerCase().replace(/s$/, "");
      value = `XXXX-WXX-${EN_WEEKDAYS[(g.wds ?? g.wdc).toLowerCase()] || 7}${p ? "T" + EN_PARTS_OF_DAY[p] : ""}`;
    } else if (g.adj) {
      // "average daily volume" is an attribute, not a set.
      const i = match.index!;
      if (/average\s+$/i.test(context.text.slice(Math.max(0, i - 9), i))) return null;
      value = ADJ[g.adj.toLowerCase()];
    } else if (g.per) {
      // "$5 a year", "20 per day": only after an amount.
      if (!afterAmount(context.text, match.index!)) return null;
      value = UNIT[g.per.toLowerCase()];
    }
    else {
      const u = g.u.toLowerCase();
      if (u in EN_WEEKDAYS) value = `XXXX-WXX-${EN_WEEKDAYS[u] || 7}`;
      else if (u === "morning") value = "XXXX-XX-XXTMO";
      else if (u === "evening") value = "XXXX-XX-XXTEV";
      else if (u === "weekend") value = "XXXX-WXX-WE";
      else value = UNIT[u];
      if (g.other && value?.startsWith("P")) value = value.replace("1", "2");
    }
    if (!value) return null;
    return this.result(context, match.index!, match[0], { type: "SET", value, gran: "set" });
  }
}
