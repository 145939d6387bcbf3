/**
 * Weekdays, alone or qualified, with their part of day: "(am) Sonntag", "Sonntagnachmittag", "am
 * Dienstagabend", "Montag früh", "vergangenen Samstag", "am kommenden Montag", "diesen Donnerstag".
 * The preposition ("am") stays outside the extent, as KRAUTS annotates it; plural/adverbial forms
 * ("sonntags", "montags") are sets (DESetParser).
 */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { TemporalParser, prefixPattern } from "../../../../temporal/common/parsers/TemporalParser";
import { DE_NEXT_ADJ, DE_PAST_ADJ, DE_POD_PATTERN, DE_WEEKDAY_PATTERN, adjDirection, podCode, weekdayNumber } from "../constants";

const ADJ = prefixPattern(`(?<adj>${DE_PAST_ADJ}|${DE_NEXT_ADJ}|diese[nmrs]?)\\s+`);

export class DEWeekdayParser extends TemporalParser {
  protected override trigger(): string {
    return "tag|sonnabend|mittwoch";
  }

  protected innerPattern(): string {
    return `(?<wd>${DE_WEEKDAY_PATTERN})(?<pod>${DE_POD_PATTERN})?(?:\\s+(?<pod2>früh|morgens?|vormittags?|nachmittags?|mittags?|abends?|nachts?)(?![\\p{L}]))?`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    const wd = weekdayNumber(g.wd);
    if (wd < 0) return null;
    let { index, text } = { index: match.index!, text: match[0] };
    // "Montag Morgen" is a part of day only when capitalised or adverbial; "Montag morgen" (lower case) is ambiguous: keep it.
    const podWord = g.pod ?? g.pod2;
    const pod = podWord ? podCode(podWord.toLowerCase()) : undefined;
    const adj = this.before(context, index, ADJ);
    let dir: string | undefined;
    if (adj) {
      const d = adjDirection(adj.groups.adj);
      dir = d ? String(d) : undefined;
      text = context.text.slice(adj.start, index + text.length);
      index = adj.start;
    }
    return this.result(context, index, text, { anchor: "weekday", dir, pod, type: pod ? "TIME" : undefined }, { weekday: wd });
  }
}
