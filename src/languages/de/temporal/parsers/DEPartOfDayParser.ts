/** Parts of the day in focus: "am Nachmittag", "am frühen Abend", "in der Nacht", "am Morgen", "abends", "gegen Mittag". */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { TemporalParser } from "../../../../temporal/common/parsers/TemporalParser";
import { podCode } from "../constants";

export class DEPartOfDayParser extends TemporalParser {
  protected override trigger(): string {
    return "morgen|mittag|abend|nacht";
  }

  protected innerPattern(): string {
    return `(?:(?<prep>am|in\\s+der|gegen|zu|im\\s+Laufe\\s+des|im\\s+Lauf\\s+des)\\s+)(?:(?<adj>frühen|späten|späteren)\\s+)?(?<pod>Vormittag|Nachmittag|Morgen|Mittag|Abend|Nacht)s?(?![\\p{L}])|(?<adv>abends|nachmittags|vormittags|morgens)(?![\\p{L}])`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    const after = context.text.slice(match.index! + match[0].length, match.index! + match[0].length + 10);
    // "am Abend des 3. Mai" / "am Morgen danach" belong to another date (DEDayMonthParser keeps the day).
    if (/^\s+(?:des|vor|nach)\b/.test(after)) return null;
    // Adverbs ("abends") are habitual (sets) unless they open the clause ("Abends kam er"): the day in focus.
    if (g.adv && !/^[A-Z]/.test(g.adv)) return null;
    const pod = podCode((g.pod ?? g.adv).toLowerCase());
    if (!pod) return null;
    // KRAUTS keeps the adjective, not the preposition: "frühen Abend".
    const lead = g.prep ? g.prep.length + (match[0].length - g.prep.length - match[0].slice(g.prep.length).trimStart().length) : 0;
    const mod = g.adj ? (/frühen/i.test(g.adj) ? "START" : "END") : undefined;
    return this.result(context, match.index! + lead, match[0].slice(lead), { anchor: "previous", offset: "0", pod, type: "TIME", mod }, {});
  }
}
