/** Bare and qualified weekdays: "dimanche", "ce dimanche", "mardi dernier", "lundi prochain", "mardi matin", "la matinée de mercredi". */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { TemporalParser, prefixPattern } from "../../../../temporal/common/parsers/TemporalParser";

const DET = prefixPattern(`(?<det>ce\\s+même|ce|le)\\s+`);
/** "la matinée de mercredi", "dans la soirée de mardi dernier", "la journée de lundi". */
const POD_OF = prefixPattern(`(?:la|l['’])\\s*(?<ppod>matinée|soirée|nuit|après-midi|journée)\\s+de\\s+`);
import { FR_POD_PATTERN, FR_WEEKDAYS, FR_WEEKDAY_PATTERN, podCode } from "../constants";

const DIR: Record<string, string> = { dernier: "-1", passé: "-1", précédent: "-1", prochain: "1", suivant: "1" };

export class FRWeekdayParser extends TemporalParser {
  protected innerPattern(): string {
    return `(?<wd>${FR_WEEKDAY_PATTERN})(?:\\s+(?<rel>dernier|passé|précédent|prochain|suivant))?(?:\\s+(?:en\\s+)?(?<pod>${FR_POD_PATTERN}|midi))?(?:\\s+(?<rel2>dernier|prochain))?`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    const wd = FR_WEEKDAYS[g.wd.toLowerCase()];
    const rel = (g.rel ?? g.rel2)?.toLowerCase();
    let pod = g.pod ? podCode(g.pod) ?? (/^matin/i.test(g.pod) ? "MO" : /^soir/i.test(g.pod) ? "EV" : undefined) : undefined;
    // "le lundi" without anything else is often habitual ("le lundi, le musée est fermé"): keep the weekday only.
    let { index, text } = { index: match.index!, text: match[0] };
    const det = this.before(context, index, DET);
    const podOf = !det && !g.pod ? this.before(context, index, POD_OF) : null;
    if (podOf) {
      text = context.text.slice(podOf.start, index + text.length);
      index = podOf.start;
      pod = podCode(podOf.groups.ppod!);
    }
    if (det && !(/^le$/i.test(det.groups.det ?? "") && !rel && !pod)) {
      text = context.text.slice(det.start, index + text.length);
      index = det.start;
    }
    return this.result(
      context,
      index,
      text,
      { anchor: "weekday", dir: rel ? DIR[rel] : undefined, pod, type: pod ? "TIME" : undefined },
      { weekday: wd },
    );
  }
}
