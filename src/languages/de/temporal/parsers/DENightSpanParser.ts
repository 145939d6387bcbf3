/**
 * Nights named by the morning that ends them: "in der Nacht zum Mittwoch", "in der Nacht auf Sonntag",
 * "in der Nacht von Samstag auf Sonntag", "in der Nacht zum 12. September", "in der Nacht des 14. August"
 * → the night of the evening's day (…TNI), as TimeML writes it.
 */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { TemporalParser } from "../../../../temporal/common/parsers/TemporalParser";
import { DE_MONTH_PATTERN, DE_WEEKDAY_PATTERN, monthNumber, weekdayNumber } from "../constants";

const DAY = "[12]\\d|3[01]|0?[1-9]";

export class DENightSpanParser extends TemporalParser {
  protected override trigger(): string {
    return "nacht";
  }

  protected innerPattern(): string {
    return (
      `(?:in\\s+)?der\\s+Nacht\\s+(?:(?:von|vom)\\s+(?<from>${DE_WEEKDAY_PATTERN})\\s+(?:auf|zum)\\s+(?:${DE_WEEKDAY_PATTERN})` +
      `|(?:zum|auf)\\s+(?:(?<to>${DE_WEEKDAY_PATTERN})|(?<tday>${DAY})\\.\\s*(?<tmonth>${DE_MONTH_PATTERN}))` +
      `|(?:des|vom)\\s+(?<oday>${DAY})\\.\\s*(?<omonth>${DE_MONTH_PATTERN}))`
    );
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    // KRAUTS leaves "in" out of the extent.
    const lead = /^in\s+/i.exec(match[0])?.[0].length ?? 0;
    const index = match.index! + lead;
    const text = match[0].slice(lead);
    if (g.from || g.to) {
      const wd = g.from ? weekdayNumber(g.from) : (weekdayNumber(g.to) + 6) % 7;
      return this.result(context, index, text, { anchor: "weekday", pod: "NI", type: "TIME" }, { weekday: wd });
    }
    const month = monthNumber(g.tmonth ?? g.omonth);
    if (!month) return null;
    let day = +(g.tday ?? g.oday);
    let m = month;
    if (g.tday) {
      // The night *to* the 1st is the last night of the month before.
      const d = new Date(Date.UTC(2001, month - 1, day - 1));
      day = d.getUTCDate();
      m = d.getUTCMonth() + 1;
    }
    return this.result(context, index, text, { anchor: "monthday", pod: "NI", type: "TIME", gran: "day" }, { day, month: m });
  }
}
