/**
 * Holidays: fixed ("Christmas (Day/Eve)", "New Year's Day/Eve", "Independence Day"…) and movable
 * ("Thanksgiving", "Election Day", "Easter", "Good Friday", "Palm Sunday", "Ash Wednesday", "Easter Monday"), "Easter week" (the ISO week
 * of Easter Sunday), optionally qualified ("last Thanksgiving", "next Easter").
 */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { addDays, easter, nthWeekday, utc, yearCandidates } from "../../../../temporal/common/calendar";
import { TemporalParser } from "../../../../temporal/common/parsers/TemporalParser";

const FIXED: Record<string, [number, number]> = {
  "christmas eve": [12, 24], christmas: [12, 25], "christmas day": [12, 25], "new year's day": [1, 1], "new year's eve": [12, 31],
  "independence day": [7, 4], "valentine's day": [2, 14], halloween: [10, 31], "veterans day": [11, 11],
};

const MOVABLE: Record<string, (y: number) => Date> = {
  thanksgiving: (y) => nthWeekday(y, 11, 4, 4),
  "thanksgiving day": (y) => nthWeekday(y, 11, 4, 4),
  // US general elections: the Tuesday after the first Monday of November.
  "election day": (y) => addDays(nthWeekday(y, 11, 1, 1), 1),
  easter: easter,
  "easter sunday": easter,
  // The week is placed by its Monday, so that a week already begun counts as present, not future.
  "easter week": (y) => addDays(easter(y), -6),
  "easter monday": (y) => addDays(easter(y), 1),
  "good friday": (y) => addDays(easter(y), -2),
  "maundy thursday": (y) => addDays(easter(y), -3),
  "palm sunday": (y) => addDays(easter(y), -7),
  "ash wednesday": (y) => addDays(easter(y), -46),
};

export class ENHolidayParser extends TemporalParser {
  protected override trigger(): string {
    return "thanksgiving|christmas|year|independence|valentine|halloween|veterans|election|easter|good|maundy|palm|ash";
  }

  protected innerPattern(): string {
    return `(?:(?<rel>last|next|this)\\s+)?(?<h>Thanksgiving(?:\\s+Day)?|Christmas(?:\\s+(?:Day|Eve))?|New\\s+Year['’]s\\s+(?:Day|Eve)|Independence\\s+Day|Valentine['’]s\\s+Day|Halloween|Veterans\\s+Day|Election\\s+Day|Easter(?:\\s+(?:Sunday|Monday|week))?|Good\\s+Friday|Maundy\\s+Thursday|Palm\\s+Sunday|Ash\\s+Wednesday)`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    if (!/^[A-Z]/.test(g.h) || (/\s/.test(g.h) && !/\s(?:[A-Z]|week)/.test(g.h))) return null;
    // "the Good Friday agreement", "Christmas Day massacre": a name made of the holiday, not a date.
    if (/^\s+(?:agreement|accords?|peace|deal|pact|treaty|massacre|offensive|bombing)\b/i.test(context.text.slice(match.index! + match[0].length, match.index! + match[0].length + 14))) return null;
    const key = g.h.toLowerCase().replace(/\s+/g, " ").replace("’", "'");
    const y = context.refDate.getUTCFullYear();
    const at = (y: number) => (MOVABLE[key] ? MOVABLE[key](y) : utc(y, FIXED[key][0], FIXED[key][1]));
    const rel = g.rel?.toLowerCase();
    const gran = key === "easter week" ? "week" : "day";
    if (rel === "this") {
      const d = at(y);
      return this.result(context, match.index!, match[0], { gran }, { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
    }
    // Resolved in the tense direction by TenseResolutionRefiner ("last"/"next": strictly before/after).
    const days = yearCandidates(y, at).join(",");
    return this.result(context, match.index!, match[0], { gran, anchor: "candidates", days, dir: rel === "last" ? "-1" : rel === "next" ? "1" : undefined }, {});
  }
}
