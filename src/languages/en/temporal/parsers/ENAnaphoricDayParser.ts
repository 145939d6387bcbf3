/** Days relative to the day in focus: "the day before", "the next day", "the following morning", "that same day". */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { TemporalParser } from "../../../../temporal/common/parsers/TemporalParser";
import { EN_PARTS_OF_DAY } from "../constants";

export class ENAnaphoricDayParser extends TemporalParser {
  protected override trigger(): string {
    return "day|morning|evening|night|afternoon";
  }

  protected innerPattern(): string {
    return (
      `(?<before>the\\s+day\\s+before|the\\s+previous\\s+day|the\\s+preceding\\s+day|the\\s+eve)(?=\\s*[,.;:)'"]|\\s*$)` +
      `|(?<after>the\\s+(?:next|following)\\s+(?<pod>day|morning|afternoon|evening|night)|the\\s+day\\s+after(?=\\s*[,.;:)'"]|\\s*$))` +
      `|(?<same>(?:that|the)\\s+same\\s+day)`
    );
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    const offset = g.before ? "-1" : g.after ? "1" : "0";
    const pod = g.pod && g.pod.toLowerCase() !== "day" ? EN_PARTS_OF_DAY[g.pod.toLowerCase()] : undefined;
    // "the day after the attack" has its own anchor; only the bare anaphoric use refers to the day in focus.
    return this.result(context, match.index!, match[0], { anchor: "previous", offset, pod, type: pod ? "TIME" : undefined }, {});
  }
}
