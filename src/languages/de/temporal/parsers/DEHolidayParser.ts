/**
 * Holidays, fixed ("Weihnachten", "Heiligabend", "Silvester", "Neujahr", "Allerheiligen", "Mariä
 * Himmelfahrt", "Tag der Arbeit", "Tag der Deutschen Einheit") and movable ("Ostern", "Ostermontag",
 * "Karfreitag", "Pfingsten", "Christi Himmelfahrt", "Fronleichnam", "Aschermittwoch"), resolved in the
 * tense direction (anchor "candidates").
 */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { addDays, easter, utc, yearCandidates } from "../../../../temporal/common/calendar";
import { TemporalParser } from "../../../../temporal/common/parsers/TemporalParser";

const FIXED: Record<string, [number, number]> = {
  weihnachten: [12, 25], heiligabend: [12, 24], "heiligen abend": [12, 24], "heiliger abend": [12, 24], silvester: [12, 31],
  neujahr: [1, 1], neujahrstag: [1, 1], allerheiligen: [11, 1], allerseelen: [11, 2], "mariä himmelfahrt": [8, 15],
  "tag der arbeit": [5, 1], "tag der deutschen einheit": [10, 3], valentinstag: [2, 14], nikolaustag: [12, 6], "heilige drei könige": [1, 6], dreikönigstag: [1, 6],
};
const MOVABLE: Record<string, (y: number) => Date> = {
  ostern: easter, ostersonntag: easter, ostermontag: (y) => addDays(easter(y), 1), karfreitag: (y) => addDays(easter(y), -2),
  gründonnerstag: (y) => addDays(easter(y), -3), palmsonntag: (y) => addDays(easter(y), -7), aschermittwoch: (y) => addDays(easter(y), -46),
  "christi himmelfahrt": (y) => addDays(easter(y), 39), pfingsten: (y) => addDays(easter(y), 49), pfingstsonntag: (y) => addDays(easter(y), 49),
  pfingstmontag: (y) => addDays(easter(y), 50), fronleichnam: (y) => addDays(easter(y), 60),
};
const NAMES = [...Object.keys(FIXED), ...Object.keys(MOVABLE)].sort((a, b) => b.length - a.length).map((k) => k.replace(/ /g, "\\s+")).join("|");

export class DEHolidayParser extends TemporalParser {
  protected innerPattern(): string {
    return `(?<h>${NAMES})(?![\\p{L}])(?:\\s+(?<year>(?:19|20)\\d{2}))?`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    if (!/^\p{Lu}/u.test(g.h)) return null;
    const key = g.h.toLowerCase().replace(/\s+/g, " ");
    const at = (y: number) => (MOVABLE[key] ? MOVABLE[key](y) : utc(y, FIXED[key][0], FIXED[key][1]));
    if (g.year) {
      const d = at(+g.year);
      return this.result(context, match.index!, match[0], { gran: "day" }, { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
    }
    const days = yearCandidates(context.refDate.getUTCFullYear(), at).join(",");
    return this.result(context, match.index!, match[0], { gran: "day", anchor: "candidates", days }, {});
  }
}
