/** Clock times: "10 h 30", "18h", "vers 0 h 40" (APPROX), "à 9 heures", "midi", "minuit". */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { TemporalParser, prefixPattern } from "../../../common/parsers/TemporalParser";

const APPROX = prefixPattern(`(?:vers|aux\\s+alentours\\s+de|autour\\s+de|environ)\\s+`);

export class FRClockTimeParser extends TemporalParser {
  protected innerPattern(): string {
    return (
      `(?:(?<h>[01]?\\d|2[0-4])\\s?h(?:\\s?(?<m>[0-5]\\d))?|(?<h2>[01]?\\d|2[0-4])\\s+heures?(?:\\s+(?<m2>[0-5]\\d))?|(?<noon>midi|minuit))` +
      `(?:\\s+(?<loc>locales?|heure\\s+locale|heure\\s+de\\s+Paris))?`
    );
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    const approx = this.before(context, match.index!, APPROX);
    const start = approx?.start ?? match.index!;
    let hour: number;
    let minute = 0;
    if (g.noon) {
      if (/^M/.test(g.noon) && !approx) return null; // "le Midi" (the South of France)
      hour = /^midi$/i.test(g.noon) ? 12 : 0;
    } else {
      // "N heures" is a clock time only after "à", "dès", "jusqu'à"… (otherwise a duration).
      if (g.h2 && !/(?:à|dès|avant|après|vers|environ|de)\s+$/i.test(context.text.slice(Math.max(0, match.index! - 8), match.index!))) return null;
      hour = +(g.h ?? g.h2);
      minute = +(g.m ?? g.m2 ?? 0);
    }
    if (hour === 24) hour = 0;
    const text = context.text.slice(start, match.index! + match[0].length);
    return this.result(context, start, text, { type: "TIME", mod: approx ? "APPROX" : undefined }, { hour, minute });
  }
}
