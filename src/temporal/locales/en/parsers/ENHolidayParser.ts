/** Holidays: "Thanksgiving (Day)", "Christmas (Day/Eve)", "New Year's Day/Eve", "Independence Day", "last Thanksgiving". */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { addDays, utc } from "../../../common/calendar";
import { TemporalParser } from "../../../common/parsers/TemporalParser";

const FIXED: Record<string, [number, number]> = {
  "christmas eve": [12, 24], christmas: [12, 25], "christmas day": [12, 25], "new year's day": [1, 1], "new year's eve": [12, 31],
  "independence day": [7, 4], "valentine's day": [2, 14], halloween: [10, 31], "veterans day": [11, 11],
};

function thanksgiving(y: number): Date {
  const nov1 = utc(y, 11, 1);
  return addDays(nov1, ((4 - nov1.getUTCDay() + 7) % 7) + 21);
}

export class ENHolidayParser extends TemporalParser {
  protected override trigger(): string {
    return "thanksgiving|christmas|year|independence|valentine|halloween|veterans";
  }

  protected innerPattern(): string {
    return `(?:(?<rel>last|next|this)\\s+)?(?<h>Thanksgiving(?:\\s+Day)?|Christmas(?:\\s+(?:Day|Eve))?|New\\s+Year['’]s\\s+(?:Day|Eve)|Independence\\s+Day|Valentine['’]s\\s+Day|Halloween|Veterans\\s+Day)`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    if (!/^[A-Z]/.test(g.h)) return null;
    const key = g.h.toLowerCase().replace(/\s+/g, " ").replace("’", "'");
    const r = context.refDate;
    const ref = utc(r.getUTCFullYear(), r.getUTCMonth() + 1, r.getUTCDate());
    const at = (y: number) => (key.startsWith("thanksgiving") ? thanksgiving(y) : utc(y, FIXED[key][0], FIXED[key][1]));
    const cands = [-1, 0, 1].map((k) => at(ref.getUTCFullYear() + k));
    const rel = g.rel?.toLowerCase();
    // Holidays in news are mostly recalled: the latest one not after the reference, unless "next".
    const d = rel === "next" ? cands.find((x) => x > ref)! : rel === "this" ? cands[1] : [...cands].reverse().find((x) => x <= ref)!;
    return this.result(context, match.index!, match[0], { gran: "day" }, { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
  }
}
