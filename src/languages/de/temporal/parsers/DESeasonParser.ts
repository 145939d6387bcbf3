/** Seasons: "im Sommer", "Herbst 1998", "im vergangenen Winter", "diesen Sommer", "Frühjahr 2015", "Sommer des Jahres 2005", "Anfang des Sommers". */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { TemporalParser, prefixPattern } from "../../../../temporal/common/parsers/TemporalParser";
import { DE_MOD_PATTERN, DE_NEXT_ADJ, DE_PAST_ADJ, adjDirection, modCode } from "../constants";

const CODE: Record<string, string> = { frühling: "SP", frühjahr: "SP", sommer: "SU", herbst: "FA", winter: "WI" };
const PREFIX = prefixPattern(`(?:(?<mod>${DE_MOD_PATTERN})\\s+(?:des\\s+)?)?(?:(?<adj>${DE_PAST_ADJ}|${DE_NEXT_ADJ}|diese[nmrs]?)\\s+(?:\\p{L}+\\s+)?)?`);

export class DESeasonParser extends TemporalParser {
  protected override trigger(): string {
    return "frühling|frühjahr|sommer|herbst|winter";
  }

  protected innerPattern(): string {
    return `(?<s>Frühling|Frühjahr|Sommer|Herbst|Winter)(?:s|es)?(?:\\s+(?:des\\s+Jahres\\s+)?(?<year>(?:19|20)\\d{2}))?(?![\\p{L}])`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    const s = CODE[g.s.toLowerCase()];
    const i = match.index!;
    const pre = this.before(context, i, PREFIX);
    const start = pre && pre.start < i ? pre.start : i;
    const text = context.text.slice(start, i + match[0].length);
    const mod = modCode(pre?.groups.mod);
    if (g.year) return this.result(context, start, text, { value: `${g.year}-${s}`, gran: "season", mod });
    const adj = pre?.groups.adj;
    const r = context.refDate.getUTCFullYear();
    if (adj) {
      const d = adjDirection(adj);
      if (d) return this.result(context, start, text, { value: `${r + d}-${s}`, gran: "season", mod });
      return this.result(context, start, text, { value: `${r}-${s}`, gran: "season", mod });
    }
    return this.result(context, start, text, { anchor: "season", season: s, gran: "season", mod });
  }
}
