/**
 * Durations from a vocabulary: "tres años", "más de 20 años" (MORE_THAN), "unos diez días" (APPROX),
 * "varios meses" (PXM), "dos horas y media", "cinque anni", "drie weken", "два года". Ages ("un
 * hombre de 30 años", "30-летний") are excluded by the locale's age cues.
 */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { durationValue } from "../../duration";
import { alt, lookup, numberPattern, parseNumber } from "../../vocabulary";
import { VocabularyParser } from "./VocabularyParser";

export interface DurationWords {
  /** Quantifying words → TimeML mod ("más de" → MORE_THAN). */
  mods: Record<string, string>;
  /** Vague quantities ("varios", "algunos", "pochi", "enkele", "несколько"): value PX<unit>. */
  vague: string;
  /** "y media", "e mezzo", "e meia", "en een half": n and a half. */
  half?: string;
  /** Text right before / after the quantity that makes it an age. */
  ageBefore: RegExp;
  ageAfter: RegExp;
}

export class DurationParser extends VocabularyParser<DurationWords> {
  protected override trigger(): string {
    return alt(this.v.units);
  }

  protected innerPattern(): string {
    const w = this.w;
    return `(?:(?<mod>${alt(w.mods)})\\s+)?(?:(?<num>${numberPattern(this.v)})|(?<vague>${w.vague}))\\s+(?<unit>${alt(this.v.units)})(?<half>\\s+(?:${w.half ?? "(?!)"}))?`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    const unit = lookup(this.v.units, g.unit);
    if (!unit) return null;
    const i = match.index!;
    const end = i + match[0].length;
    let n: number | "X" = "X";
    // "2011 году" (a year in its case): a year, not 2011 years.
    if (unit === "Y" && g.num && /^(?:1[0-9]|20)\d\d$/.test(g.num)) return null;
    if (g.num) {
      n = parseNumber(this.v, g.num) + (g.half ? 0.5 : 0);
      if (!isFinite(n)) return null;
      if (/[.,]\d*$/.test(context.text.slice(Math.max(0, i - 2), i))) return null;
      if (unit === "Y" && (this.w.ageBefore.test(context.text.slice(Math.max(0, i - 30), i)) || this.w.ageAfter.test(context.text.slice(end, end + 16)))) return null;
    }
    return this.result(context, i, match[0], { type: "DURATION", value: durationValue(n, unit), mod: lookup(this.w.mods, g.mod), gran: "duration" });
  }
}
