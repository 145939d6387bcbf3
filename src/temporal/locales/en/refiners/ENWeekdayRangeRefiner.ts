/**
 * "from Monday to Wednesday", "between Tuesday and Thursday": the second weekday of a range follows the
 * first. Each weekday is resolved on its own by TenseResolutionRefiner, and without a tense ("runs from
 * Monday to Wednesday", reference Friday) the nearest Monday is ahead and the nearest Wednesday behind;
 * the end of the range is moved to the first such weekday after its start.
 */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { addDays, utc } from "../../../common/calendar";
import { getTimex } from "../../../common/timex";
import { EN_WEEKDAY_PATTERN } from "../constants";

const WEEKDAY = new RegExp(`^(?:${EN_WEEKDAY_PATTERN})(?:\\s+(?:morning|afternoon|evening|night))?$`, "i");
const LINK = /^\s*(?:to|through|thru|until|till|and|[-–])\s*$/i;

export class ENWeekdayRangeRefiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (let k = 1; k < results.length; k++) {
      const [a, b] = [results[k - 1], results[k]];
      if (!WEEKDAY.test(a.text) || !WEEKDAY.test(b.text)) continue;
      if (!/(?:^|[^\p{L}])(?:from|between)\s+$/iu.test(context.text.slice(Math.max(0, a.index - 9), a.index))) continue;
      if (!LINK.test(context.text.slice(a.index + a.text.length, b.index))) continue;
      if (getTimex(a).value || getTimex(b).value || ![a.start, b.start].every((c) => c.isCertain("day") && c.isCertain("weekday"))) continue;
      const start = utc(a.start.get("year")!, a.start.get("month")!, a.start.get("day")!);
      const end = addDays(start, (b.start.get("weekday")! - a.start.get("weekday")! + 7) % 7 || 7);
      b.start.assign("year", end.getUTCFullYear());
      b.start.assign("month", end.getUTCMonth() + 1);
      b.start.assign("day", end.getUTCDate());
    }
    return results;
  }
}
