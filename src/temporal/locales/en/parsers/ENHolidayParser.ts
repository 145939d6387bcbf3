/**
 * Holidays: fixed ("Christmas (Day/Eve)", "New Year's Day/Eve", "Independence Day"…) and movable
 * ("Thanksgiving", "Election Day", "Easter", "Good Friday", "Easter Monday"), "Easter week" (the ISO week
 * of Easter Sunday), optionally qualified ("last Thanksgiving", "next Easter").
 */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { addDays, isoDay, utc } from "../../../common/calendar";
import { TemporalParser } from "../../../common/parsers/TemporalParser";

const FIXED: Record<string, [number, number]> = {
  "christmas eve": [12, 24], christmas: [12, 25], "christmas day": [12, 25], "new year's day": [1, 1], "new year's eve": [12, 31],
  "independence day": [7, 4], "valentine's day": [2, 14], halloween: [10, 31], "veterans day": [11, 11],
};

/** Easter Sunday (Gregorian computus, anonymous algorithm). */
export function easter(y: number): Date {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return utc(y, month, ((h + l - 7 * m + 114) % 31) + 1);
}

/** The n-th given weekday (0 = Sunday) of a month, counted from its 1st. */
const nthWeekday = (y: number, m: number, wd: number, n: number): Date => {
  const first = utc(y, m, 1);
  return addDays(first, ((wd - first.getUTCDay() + 7) % 7) + 7 * (n - 1));
};

const MOVABLE: Record<string, (y: number) => Date> = {
  thanksgiving: (y) => nthWeekday(y, 11, 4, 4),
  "thanksgiving day": (y) => nthWeekday(y, 11, 4, 4),
  // US general elections: the Tuesday after the first Monday of November.
  "election day": (y) => addDays(nthWeekday(y, 11, 1, 1), 1),
  easter: easter,
  "easter sunday": easter,
  "easter week": easter,
  "easter monday": (y) => addDays(easter(y), 1),
  "good friday": (y) => addDays(easter(y), -2),
};

export class ENHolidayParser extends TemporalParser {
  protected override trigger(): string {
    return "thanksgiving|christmas|year|independence|valentine|halloween|veterans|election|easter|good";
  }

  protected innerPattern(): string {
    return `(?:(?<rel>last|next|this)\\s+)?(?<h>Thanksgiving(?:\\s+Day)?|Christmas(?:\\s+(?:Day|Eve))?|New\\s+Year['’]s\\s+(?:Day|Eve)|Independence\\s+Day|Valentine['’]s\\s+Day|Halloween|Veterans\\s+Day|Election\\s+Day|Easter(?:\\s+(?:Sunday|Monday|week))?|Good\\s+Friday)`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    if (!/^[A-Z]/.test(g.h) || (/\s/.test(g.h) && !/\s(?:[A-Z]|week)/.test(g.h))) return null;
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
    const days = [-1, 0, 1].map((k) => isoDay(at(y + k))).join(",");
    return this.result(context, match.index!, match[0], { gran, anchor: "yearly", days, dir: rel === "last" ? "-1" : rel === "next" ? "1" : undefined }, {});
  }
}
