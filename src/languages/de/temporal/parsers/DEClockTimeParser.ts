/** Clock times: "18 Uhr", "17.30 Uhr", "um 10.30", "von 16 bis 17.30 Uhr" (both), "gegen 9 Uhr" (APPROX), "neun Uhr", "halb neun", "Viertel nach acht", "8 Uhr abends" (20:00). */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { TemporalParser, prefixPattern } from "../../../../temporal/common/parsers/TemporalParser";
import { parseDeNumber } from "../constants";

const APPROX = prefixPattern(`(?:gegen|etwa|ungefähr|rund|circa|ca\\.)\\s+`);
const HOUR_WORDS = "eins|ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf";

export class DEClockTimeParser extends TemporalParser {
  protected innerPattern(): string {
    return (
      "(?:" +
      `(?<h>[01]?\\d|2[0-4])(?:[.:](?<m>[0-5]\\d))?\\s*Uhr(?:\\s+(?<m2>[0-5]?\\d)(?![\\d.]))?` +
      `|(?<=(?:um|ab|gegen)\\s+)(?<h3>[01]?\\d|2[0-3])[.:](?<m3>[0-5]\\d)(?![\\d.,])` +
      // "von 16 bis 17.30 Uhr", "10-18 Uhr", "13.00 und 17.45 Uhr": the first time shares the second's "Uhr".
      `|(?<h4>[01]?\\d|2[0-3])(?:[.:](?<m4>[0-5]\\d))?(?=\\s*(?:bis|-|–|/|und|oder)\\s*(?:[01]?\\d|2[0-4])(?:[.:][0-5]\\d)?\\s*Uhr)` +
      `|(?<hw>${HOUR_WORDS})\\s+Uhr` +
      `|(?<half>halb)\\s+(?<hh>${HOUR_WORDS}|[1-9]|1[0-2])(?![\\p{L}\\d])` +
      `|(?<q>Viertel)\\s+(?<qdir>nach|vor)\\s+(?<qh>${HOUR_WORDS}|[1-9]|1[0-2])(?![\\p{L}\\d])` +
      `|(?<noon>Mitternacht)` +
      // "8 Uhr abends", "um 3 Uhr nachts": the half of the day after the time.
      ")(?:\\s+(?<dh>abends|nachmittags|nachts|morgens|vormittags|früh))?"
    );
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    const approx = this.before(context, match.index!, APPROX);
    const start = approx?.start ?? match.index!;
    let hour: number;
    let minute = 0;
    if (g.noon) hour = 0;
    else if (g.half) {
      hour = (/^\d/.test(g.hh) ? +g.hh : parseDeNumber(g.hh)) - 1;
      minute = 30;
    } else if (g.q) {
      const h = /^\d/.test(g.qh) ? +g.qh : parseDeNumber(g.qh);
      [hour, minute] = g.qdir === "nach" ? [h, 15] : [h - 1, 45];
    } else if (g.hw) hour = parseDeNumber(g.hw);
    else {
      // A shared "Uhr" after a date's day number ("am 3. 10-18 Uhr") is still a time; a preceding digit/dot is not.
      if (g.h4 && /[\d.,:]\s?$/.test(context.text.slice(Math.max(0, match.index! - 2), match.index!))) return null;
      hour = +(g.h ?? g.h3 ?? g.h4);
      minute = +(g.m ?? g.m2 ?? g.m3 ?? g.m4 ?? 0);
    }
    if (!isFinite(hour) || hour < 0) return null;
    if (hour === 24) hour = 0;
    if ((/^(?:abends|nachmittags)$/i.test(g.dh ?? "") && hour < 12) || (/^nachts$/i.test(g.dh ?? "") && hour >= 6 && hour < 12)) hour += 12;
    const text = context.text.slice(start, match.index! + match[0].length);
    return this.result(context, start, text, { type: "TIME", mod: approx ? "APPROX" : undefined }, { hour, minute });
  }
}
