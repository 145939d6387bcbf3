/**
 * Deictic days: "heute", "gestern", "morgen", "vorgestern", "übermorgen", with a part of day ("gestern
 * Abend", "heute früh", "morgen Nachmittag", "heute Nacht"), "am heutigen Montag". "heute" contrasted
 * with the past ("damals … heute", "heute noch", "von heute") means nowadays (PRESENT_REF); capitalised
 * "Morgen" inside a sentence is the morning.
 */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { addDays, utc } from "../../../../temporal/common/calendar";
import { TemporalParser } from "../../../../temporal/common/parsers/TemporalParser";
import { DE_WEEKDAY_PATTERN, podCode } from "../constants";

const OFFSET: Record<string, number> = { vorgestern: -2, gestern: -1, heute: 0, heutigen: 0, heutige: 0, morgen: 1, übermorgen: 2 };
/** Words of the same sentence that oppose "heute" to another time: then it means nowadays. */
const CONTRAST = /(?<![\p{L}])(?:damals|früher|einst|seinerzeit|ehemals|vor\s+\p{L}+\s+Jahr(?:en|zehnten)|Jahrzehnten|Jahrhunderten|noch\s+nie|in\s+Zukunft|künftig|wie\s+wir)(?![\p{L}])|(?<![\d])1[5-9]\d\d(?!\d)/iu;

export class DECasualDayParser extends TemporalParser {
  protected override trigger(): string {
    return "heut|gestern|morgen";
  }

  protected innerPattern(): string {
    return `(?<day>vorgestern|übermorgen|heute|heutigen|heutige|gestern|morgen)(?:\\s+(?<pod>früh|morgen|vormittag|mittag|nachmittag|abend|nacht)(?![\\p{L}]))?(?:\\s+(?<wd>${DE_WEEKDAY_PATTERN})(?![\\p{L}]))?`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    const i = match.index!;
    const key = g.day.toLowerCase();
    const before = context.text.slice(Math.max(0, i - 12), i);
    const after = context.text.slice(i + match[0].length, i + match[0].length + 24);
    if (key === "morgen" && /^M/.test(g.day)) {
      // "am Morgen", "Guten Morgen", "jeden Morgen": the morning (DEPartOfDayParser); sentence-initial "Morgen" is tomorrow.
      if (!/(?:^|[.!?:"„«»]\s*)$/.test(before) || /^\s+(?:des|nach|um)\b/.test(after)) return null;
    }
    if (/^heutige/.test(key)) {
      // "am heutigen Montag", "am heutigen Tag" are the day; "die heutige Jugend" is nowadays.
      if (!g.wd && !/^\s+Tag(?![\p{L}])/u.test(after)) return this.result(context, i, match[0], { value: "PRESENT_REF", gran: "vague" });
    }
    const r = context.refDate;
    const pod = g.pod ? podCode(g.pod.toLowerCase()) : undefined;
    if (key === "heute" && !pod && !g.wd) {
      const s = Math.max(0, context.text.lastIndexOf(".", i - 2) + 1);
      const e = context.text.indexOf(".", i);
      const sentence = context.text.slice(s, e < 0 ? undefined : e);
      if (CONTRAST.test(sentence) || /^\s+noch(?![\p{L}])/u.test(after) || /(?:noch|von|bis\s+in\s+die)\s+$/i.test(before))
        return this.result(context, i, match[0], { value: "PRESENT_REF", gran: "vague" });
    }
    const d = addDays(utc(r.getUTCFullYear(), r.getUTCMonth() + 1, r.getUTCDate()), OFFSET[key] ?? 0);
    return this.result(context, i, match[0], { pod, type: pod ? "TIME" : undefined, gran: "day" }, {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
    });
  }
}
