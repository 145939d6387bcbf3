/**
 * "from Monday to Wednesday", "between Tuesday and Thursday", "from April to October": the end of a
 * range of weekdays or months follows its start. Each end is resolved on its own by
 * TenseResolutionRefiner, and without a tense ("runs from Monday to Wednesday", reference Friday) the
 * nearest Monday is ahead and the nearest Wednesday behind; the end is moved to the first such
 * weekday (month) after the start.
 */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { addDays, utc } from "../../../common/calendar";
import { getTimex } from "../../../common/timex";
import { EN_MONTH_PATTERN, EN_WEEKDAY_PATTERN } from "../constants";

const WEEKDAY = new RegExp(`^(?:${EN_WEEKDAY_PATTERN})(?:\\s+(?:morning|afternoon|evening|night))?$`, "i");
const MONTH = new RegExp(`^(?:${EN_MONTH_PATTERN})$`, "i");
const LINK = /^\s*(?:to|through|thru|until|till|and|[-–])\s*$/i;

export class ENRangeOrderRefiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (let k = 1; k < results.length; k++) {
      const [a, b] = [results[k - 1], results[k]];
      const kind = WEEKDAY.test(a.text) && WEEKDAY.test(b.text) ? "weekday" : MONTH.test(a.text) && MONTH.test(b.text) ? "month" : undefined;
      if (!kind) continue;
      if (!/(?:^|[^\p{L}])(?:from|between)\s+$/iu.test(context.text.slice(Math.max(0, a.index - 9), a.index))) continue;
      if (!LINK.test(context.text.slice(a.index + a.text.length, b.index))) continue;
      if (getTimex(a).value || getTimex(b).value || ![a.start, b.start].every((c) => c.isCertain("year") && c.isCertain("month"))) continue;
      const [sy, sm] = [a.start.get("year")!, a.start.get("month")!];
      if (kind === "month") {
        b.start.assign("year", b.start.get("month")! >= sm ? sy : sy + 1);
        continue;
      }
      if (![a.start, b.start].every((c) => c.isCertain("day") && c.isCertain("weekday"))) continue;
      const end = addDays(utc(sy, sm, a.start.get("day")!), (b.start.get("weekday")! - a.start.get("weekday")! + 7) % 7 || 7);
      b.start.assign("year", end.getUTCFullYear());
      b.start.assign("month", end.getUTCMonth() + 1);
      b.start.assign("day", end.getUTCDate());
    }
    return results;
  }
}
