/** Sets: "every Monday", "each year", "every five years", "twice a week", "each July", "on Mondays", "Tuesday nights", "daily", "weekly", "annually", "a year" after an amount ("$5 a year"), "per day". */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { TemporalParser } from "../../../../temporal/common/parsers/TemporalParser";
import { durationValue } from "../../../../temporal/common/duration";
import { EN_NUMBER, EN_PARTS_OF_DAY, EN_UNITS, EN_UNIT_PATTERN, EN_WEEKDAYS, afterAmount, isRatePeriod, monthNumber, parseEnNumber } from "../constants";

const UNIT: Record<string, string> = { day: "P1D", week: "P1W", month: "P1M", year: "P1Y", quarter: "P1Q", hour: "PT1H", night: "P1D" };
const ADJ: Record<string, string> = { daily: "P1D", weekly: "P1W", monthly: "P1M", annually: "P1Y", yearly: "P1Y", annual: "P1Y", quarterly: "P3M", hourly: "PT1H", nightly: "P1D" };

export class ENSetParser extends TemporalParser {
  protected innerPattern(): string {
    return (
      // "every five years", "every 10 minutes": a set whose period is the duration.
      `(?:every|each)\\s+(?<n>${EN_NUMBER})\\s+(?<nu>${EN_UNIT_PATTERN})(?![\\p{L}])|` +
      `(?:every|each)\\s+(?:(?<other>other)\\s+)?(?<u>monday|tuesday|wednesday|thursday|friday|saturday|sunday|day|week|month|year|quarter|hour|night|morning|evening|weekend)` +
      `|(?:each|every)\\s+(?<month>january|february|march|april|may|june|july|august|september|october|november|december)` +
      // Plural weekdays are habitual: "on Mondays", "Monday and Tuesday nights".
      `|(?<wdc>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?=\\s+(?:and|or)\\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:s\\b|\\s+(?<cpod>mornings|afternoons|evenings|nights)\\b))` +
      `|(?<wds>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:s(?<pods>\\s+(?:mornings|afternoons|evenings|nights))?|\\s+(?<pod>mornings|afternoons|evenings|nights))` +
      // "twice a week", "three times a year": the frequency belongs to the set ("once a year" keeps the
      // extent "a year" of the construction table).
      `|(?:twice|thrice|(?:${EN_NUMBER})\\s+times)\\s+(?:a|an|per|each|every)\\s+(?<freq>day|week|month|year|hour|night)` +
      `|(?<adj>daily|weekly|monthly|yearly|annually|hourly|nightly)|(?:a|per)\\s+(?<per>day|week|month|year|hour|night)`
    );
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    let value: string | undefined;
    if (g.nu) value = durationValue(parseEnNumber(g.n), EN_UNITS[g.nu.toLowerCase()]);
    else if (g.month) value = `XXXX-${String(monthNumber(g.month)).padStart(2, "0")}`;
    else if (g.wds || g.wdc) {
      const p = (g.pods ?? g.pod ?? g.cpod)?.trim().toLowerCase().replace(/s$/, "");
      value = `XXXX-WXX-${EN_WEEKDAYS[(g.wds ?? g.wdc).toLowerCase()] || 7}${p ? "T" + EN_PARTS_OF_DAY[p] : ""}`;
    } else if (g.adj) {
      // "average daily volume" is an attribute, not a set.
      const i = match.index!;
      if (/average\s+$/i.test(context.text.slice(Math.max(0, i - 9), i))) return null;
      // "to rise 8.5% annually", "10,000 units annually": the adverb of a growth rate after an amount.
      if (/^annually$/i.test(g.adj) && afterAmount(context.text, i)) return null;
      value = ADJ[g.adj.toLowerCase()];
    } else if (g.freq) value = UNIT[g.freq.toLowerCase()];
    else if (g.per) {
      // "$5 a year", "20 per day": only after an amount; "once a year" keeps "once" out of the extent.
      if (!isRatePeriod(context.text, match.index!)) return null;
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
