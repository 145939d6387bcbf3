/**
 * Sets from a vocabulary: "cada año", "todos los lunes", "ogni giorno", "elke week", "каждый день" (every
 * + unit or weekday), "dos veces por semana" / "al año" / "per anno" / "в год" (per + unit), and the
 * locale's adverbs and adjectives ("diario", "mensilmente", "wekelijks", "ежедневно").
 */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { alt, lookup, numberPattern, parseNumber } from "../../vocabulary";
import { durationValue } from "../../duration";
import { VocabularyParser } from "./VocabularyParser";

export interface SetWords {
  /** "cada|todos\\s+los|todas\\s+las". */
  every: string;
  /** "por|al|a\\s+la|per|в" before a unit. */
  per: string;
  /** Adverbs/adjectives → value ("diario" → P1D). */
  adverbs: Record<string, string>;
  /** Plural weekdays that are habitual on their own ("los lunes" is es; "по понедельникам" is ru): regex source with the weekday forms. */
  habitual?: string;
  /** Weekday forms after "every" when they differ from the vocabulary's (plurals: "segundas-feiras"). */
  weekdays?: Record<string, number>;
}

export class SetParser extends VocabularyParser<SetWords> {
  protected innerPattern(): string {
    const w = this.w;
    const units = alt(this.v.units);
    return (
      `(?:${w.every})\\s+(?:(?<n>${numberPattern(this.v)})\\s+)?(?:(?<wd>${alt({ ...this.v.weekdays, ...w.weekdays })})|(?<u>${units}))` +
      `|(?:${w.per})\\s+(?<pu>${units})|(?<adv>${alt(w.adverbs)})` +
      (w.habitual ? `|(?:${w.habitual})\\s+(?<hwd>${alt({ ...this.v.weekdays, ...w.weekdays })})` : "")
    );
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    let value: string | undefined;
    if (g.adv) value = lookup(this.w.adverbs, g.adv);
    else if (g.wd ?? g.hwd) value = `XXXX-WXX-${lookup({ ...this.v.weekdays, ...this.w.weekdays }, g.wd ?? g.hwd) || 7}`;
    else {
      const u = lookup(this.v.units, g.u ?? g.pu);
      const n = g.n ? parseNumber(this.v, g.n) : 1;
      if (!u || !isFinite(n)) return null;
      value = durationValue(n, u);
    }
    if (!value) return null;
    return this.result(context, match.index!, match[0], { type: "SET", value, gran: "set" });
  }
}
