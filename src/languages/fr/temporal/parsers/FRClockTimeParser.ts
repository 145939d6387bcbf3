/** Clock times: "10 h 30", "18h", "vers 0 h 40" (APPROX), "à 9 heures", "midi", "minuit"; "3 h 30 par jour" is a duration. */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { TemporalParser, prefixPattern } from "../../../../temporal/common/parsers/TemporalParser";

const APPROX = prefixPattern(`(?:vers|aux\\s+alentours\\s+de|autour\\s+de|environ)\\s+`);
/** "3 h 30 par jour", "bouclé en 2 h 05", "pendant 1 h 30": an amount of time, not a clock time. */
const AMOUNT_BEFORE = prefixPattern(`(?:pendant|durant|en|(?:(?:plus|moins|près)|au\\s+bout)\\s+(?:de|d['’]))\\s*`);
const AMOUNT_AFTER = /^\s*(?:par\s+(?:jour|nuit|semaine|mois|an)\b|d['’]affilée|de\s+(?:route|vol|trajet|marche|film|débat|audience|retard|attente|garde\s+à\s+vue|négociations?|jeu|course|émission|spectacle|concert)\b)/i;

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
      const end = match.index! + match[0].length;
      if (g.h && !g.loc && !approx && (AMOUNT_AFTER.test(context.text.slice(end, end + 32)) || this.before(context, match.index!, AMOUNT_BEFORE))) {
        const value = `PT${hour ? `${hour}H` : ""}${minute ? `${minute}M` : ""}`;
        return value === "PT" ? null : this.result(context, match.index!, match[0], { type: "DURATION", value, gran: "duration" });
      }
    }
    if (hour === 24) hour = 0;
    const text = context.text.slice(start, match.index! + match[0].length);
    return this.result(context, start, text, { type: "TIME", mod: approx ? "APPROX" : undefined }, { hour, minute });
  }
}
