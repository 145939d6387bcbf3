/** Days relative to the day in focus: "am Vortag", "am Tag zuvor", "tags darauf", "am Folgetag", "am nächsten Tag", "am selben Tag", "am Abend desselben Tages". */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { TemporalParser } from "../../../../temporal/common/parsers/TemporalParser";

export class DEAnaphoricDayParser extends TemporalParser {
  protected override trigger(): string {
    return "tag";
  }

  protected innerPattern(): string {
    return (
      `(?<m1>Vortag(?:es|s)?|Tag\\s+(?:zuvor|davor|vorher)|Vorabend)` +
      `|(?<p1>Folgetag(?:es|s)?|tags\\s+darauf|Tag\\s+(?:danach|darauf)|(?:am\\s+)?(?:nächsten|folgenden|darauffolgenden)\\s+Tag(?:es)?)` +
      `|(?<z>(?:am\\s+)?(?:selben|gleichen|demselben)\\s+Tag(?:es)?|(?:an\\s+)?diesem\\s+Tag)`
    );
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    const offset = g.m1 ? -1 : g.p1 ? 1 : 0;
    const lead = /^(?:am|an)\s+/i.exec(match[0])?.[0].length ?? 0;
    return this.result(context, match.index! + lead, match[0].slice(lead), { anchor: "previous", offset: String(offset), gran: "day" }, {});
  }
}
