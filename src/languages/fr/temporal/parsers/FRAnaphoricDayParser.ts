/** Days relative to the previously mentioned date: "la veille", "le lendemain (matin)", "le jour même", "le matin même". */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { TemporalParser } from "../../../../temporal/common/parsers/TemporalParser";
import { podCode } from "../constants";

const OFFSET: Record<string, number> = {
  "l'avant-veille": -2, "la veille": -1, "le lendemain": 1, "le surlendemain": 2, "le jour même": 0, "le même jour": 0, "ce même jour": 0, "ce jour-là": 0,
};

export class FRAnaphoricDayParser extends TemporalParser {
  protected override trigger(): string {
    return "veille|lendemain|même|jour-là";
  }

  protected innerPattern(): string {
    return (
      `(?<w>l['’]avant-veille|la\\s+veille|le\\s+lendemain|le\\s+surlendemain|le\\s+jour\\s+même|le\\s+même\\s+jour|ce\\s+même\\s+jour|ce\\s+jour-là)(?:\\s+(?:au\\s+)?(?<pod>matin|après-midi|soir))?` +
      `|(?<w2>le\\s+(?<pod2>matin|soir)\\s+même)`
    );
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    const key = (g.w ?? "le jour même").toLowerCase().replace(/\s+/g, " ").replace("’", "'");
    const pod = g.pod ?? g.pod2 ? podCode((g.pod ?? g.pod2).toLowerCase()) : undefined;
    return this.result(context, match.index!, match[0], { anchor: "previous", offset: String(OFFSET[key] ?? 0), pod, type: pod ? "TIME" : undefined }, {});
  }
}
