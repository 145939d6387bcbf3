/** Nights named by the morning that ends them: "в ночь на среду", "в ночь с понедельника на вторник" → the night of the evening's day (…TNI). */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { TemporalParser } from "../../../../temporal/common/parsers/TemporalParser";
import { alt, lookup } from "../../../../temporal/common/vocabulary";
import { RU_WEEKDAYS } from "../vocabulary";

export class RUNightParser extends TemporalParser {
  protected override trigger(): string {
    return "ночь";
  }

  protected innerPattern(): string {
    const wd = alt(RU_WEEKDAYS);
    return `в\\s+ночь\\s+(?:с\\s+(?<from>${wd})\\s+)?на\\s+(?<to>${wd})`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    const from = lookup(RU_WEEKDAYS, g.from);
    const to = lookup(RU_WEEKDAYS, g.to);
    if (to === undefined) return null;
    const wd = from ?? (to + 6) % 7;
    return this.result(context, match.index!, match[0], { anchor: "weekday", pod: "NI", type: "TIME" }, { weekday: wd });
  }
}
