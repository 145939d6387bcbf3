/**
 * A day number without its month, as news write it when the month is obvious: "Il est arrivé le 14.",
 * "la séance du 28", "jusqu'au 30", "reportée au 28". The month is the one (previous, current or next)
 * where that day falls on the side the tense gives (anchor "candidates", chosen by TenseResolutionRefiner);
 * after a verb of rescheduling ("reportée au 28"), the next one.
 * Only when the number ends the phrase (punctuation, "à 14 h", "au soir", "et le 15"): "le 14 juillet",
 * "le 20 heures", "le 3-1", "au 14, rue Victor-Hugo", "appeler le 17" are not bare days.
 */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { dayOfMonthCandidates } from "../../../../temporal/common/calendar";
import { TemporalParser, prefixPattern } from "../../../../temporal/common/parsers/TemporalParser";
import { podCode } from "../constants";

/** The number is a phone number ("appeler le 17", "composer le 15") or a house number. */
const NOT_A_DAY = prefixPattern(`(?:appel\\p{L}*|compos\\p{L}*|contact\\p{L}*|joindre|num[ée]ro|n°|domicili\\p{L}*|habit\\p{L}*|situ[ée]\\p{L}*)\\s+(?:\\p{L}+\\s+)?(?:le|au|du)\\s+`);
/** The determiner, read backwards from the day number (digits are rarer than "le"). */
const DET = prefixPattern(`(?<det>le|ce|du|au)\\s+`);
/** "au 28" is a day only after a verb of scheduling ("reportée au 28", "jusqu'au 30"). */
const AU = prefixPattern(`(?:jusqu['’]|(?:report|fix|repouss|prolong|ajourn|renvoy|décal|avanc|programm)\\p{L}*\\s+)$`);

export class FRBareDayParser extends TemporalParser {
  protected override trigger(): string {
    return "(?:le|ce|du|au)\\s+(?:1er|[0-3]?\\d)(?:\\s*[.,;:!?)]|\\s*$|\\s+(?:à\\s+\\d|au\\s+(?:soir|matin)|et\\s+le\\s+\\d))";
  }

  protected innerPattern(): string {
    return (
      `(?<day>1er|[12]\\d|3[01]|0?[1-9])` +
      `(?=\\s*(?:[.;:!?)]|,(?!\\s*(?:rue|av\\.?|avenue|boulevard|bd|place|chemin|allée|route|impasse|quai|cours|bis|ter)\\b)|$)|\\s+(?:à\\s+\\d{1,2}\\s*h|au\\s+(?:soir|matin)|et\\s+le\\s+(?:[12]\\d|3[01]|0?[1-9])\\b))`
    );
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    const det = this.before(context, match.index!, DET);
    if (!det) return null;
    const at = det.start;
    if (this.before(context, match.index!, NOT_A_DAY)) return null;
    let index = at;
    let dir: string | undefined;
    if (/^au$/i.test(det.groups.det!)) {
      const au = this.before(context, at, AU);
      if (!au) return null;
      // "l'audience a été reportée au 28": rescheduling points forward, whatever the tense.
      if (!/^jusqu/i.test(context.text.slice(au.start, at))) dir = "future";
      index = match.index!; // "reportée au 28": the day number only
    }
    const dd = g.day === "1er" ? 1 : +g.day;
    const days = dayOfMonthCandidates(context.refDate, dd).join(",");
    if (!days) return null;
    // "le 14 au soir": a part of that day.
    const end = match.index! + match[0].length;
    const pod = /^\s+au\s+(soir|matin)(?![\p{L}\p{N}])/iu.exec(context.text.slice(end, end + 12));
    const text = context.text.slice(index, end + (pod ? pod[0].length : 0));
    return this.result(context, index, text, { gran: "day", anchor: "candidates", days, dir, pod: pod ? podCode(pod[1]) : undefined, type: pod ? "TIME" : undefined }, {});
  }
}
