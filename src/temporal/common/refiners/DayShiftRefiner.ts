/**
 * Days named from another date: "the day before last Tuesday", "the day after Oct. 12", "the week of
 * March 6"; "la veille du 10 septembre", "le lendemain du 13", "la semaine du 18 septembre". Runs after
 * tense resolution: the written date is resolved, and the phrase in front of it turns it into one
 * expression (a day shifted by the locale's offset, or that day's ISO week). A separate anaphoric
 * reading of the front phrase ("La veille" alone) is dropped.
 */
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { addDays, utc } from "../calendar";
import { setTimex } from "../timex";
import { textBefore } from "../around";

export interface DayShiftRule {
  /** Matches the words right before the date (anchored at the end: `…\s+$`). */
  before: RegExp;
  /** Day offset, or "week" for the ISO week of the date. */
  shift: number | "week";
}

export class DayShiftRefiner implements Refiner {
  constructor(private readonly rules: DayShiftRule[]) {}

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const drop = new Set<ParsingResult>();
    for (const r of results) {
      const c = r.start;
      if (r.end || !c.isCertain("day") || !c.isCertain("month") || !c.isCertain("year") || c.isCertain("hour")) continue;
      const head = textBefore(context.text, r, 40);
      for (const rule of this.rules) {
        const m = rule.before.exec(head);
        if (!m) continue;
        const start = r.index - m[0].length;
        if (rule.shift === "week") setTimex(c, { gran: "week" });
        else {
          const d = addDays(utc(c.get("year")!, c.get("month")!, c.get("day")!), rule.shift);
          c.assign("year", d.getUTCFullYear());
          c.assign("month", d.getUTCMonth() + 1);
          c.assign("day", d.getUTCDate());
          c.delete("weekday");
        }
        for (const o of results) if (o !== r && o.index < r.index && o.index + o.text.length > start) drop.add(o);
        r.text = context.text.slice(start, r.index + r.text.length);
        r.index = start;
        break;
      }
    }
    return drop.size ? results.filter((r) => !drop.has(r)) : results;
  }
}
