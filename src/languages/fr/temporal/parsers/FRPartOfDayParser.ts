/** Parts of day of the day in focus: "la soirée", "la nuit", "en fin d'après-midi", "dans la matinée". */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { TemporalParser } from "../../../../temporal/common/parsers/TemporalParser";
import { podCode } from "../constants";

const MOD: Record<string, string> = { début: "START", fin: "END", milieu: "MID" };

export class FRPartOfDayParser extends TemporalParser {
  protected override trigger(): string {
    return "matin|après-midi|soir|nuit";
  }

  protected innerPattern(): string {
    return `(?:(?<mod>début|fin|milieu)\\s+(?:de\\s+|d['’]))(?<pod>matinée|après-midi|soirée|nuit)|(?:la|l['’])\\s*(?<pod2>soirée|nuit|matinée|après-midi)`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    if (g.pod2 && !/(?:dans|pendant|durant|dès|en)\s+$/i.test(context.text.slice(Math.max(0, match.index! - 10), match.index!))) return null;
    const pod = podCode((g.pod ?? g.pod2).toLowerCase());
    if (!pod) return null;
    return this.result(context, match.index!, match[0], { anchor: "previous", offset: "0", pod, type: "TIME", mod: g.mod ? MOD[g.mod.toLowerCase()] : undefined }, {});
  }
}
