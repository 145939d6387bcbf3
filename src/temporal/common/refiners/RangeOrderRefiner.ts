/**
 * "from Monday to Wednesday", "between Tuesday and Thursday", "from April to October"; « du lundi au
 * mercredi », « de mars à juin », « entre mardi et jeudi »: the end of a range of weekdays or months
 * follows its start. Each end is resolved on its own by TenseResolutionRefiner, and without a tense
 * ("runs from Monday to Wednesday", reference Friday) the nearest Monday is ahead and the nearest
 * Wednesday behind; the end is moved to the first such weekday (month) after the start. The locale
 * gives its words: weekdays and months (as written in a result, part of day allowed after a weekday),
 * the opener before the start and the link between the two.
 */
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { addDays, utc } from "../calendar";
import { getTimex } from "../timex";

export interface RangeWords {
  /** A whole result that is a weekday (optionally with a part of day). */
  weekday: RegExp;
  /** A whole result that is a month name. */
  month: RegExp;
  /** The text right before the start ends with the opener ("from ", "du ", "d'"). */
  opener: RegExp;
  /** The whole text between the two ends (" to ", " au ", " et "). */
  link: RegExp;
}

export class RangeOrderRefiner implements Refiner {
  constructor(private readonly words: RangeWords) {}

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const w = this.words;
    for (let k = 1; k < results.length; k++) {
      const [a, b] = [results[k - 1], results[k]];
      const kind = w.weekday.test(a.text) && w.weekday.test(b.text) ? "weekday" : w.month.test(a.text) && w.month.test(b.text) ? "month" : undefined;
      if (!kind) continue;
      if (!w.opener.test(context.text.slice(Math.max(0, a.index - 12), a.index))) continue;
      if (!w.link.test(context.text.slice(a.index + a.text.length, b.index))) continue;
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
