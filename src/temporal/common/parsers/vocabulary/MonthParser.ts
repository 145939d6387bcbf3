/**
 * Months from a vocabulary: "agosto", "agosto de 2023", "principios de septiembre", "fine marzo",
 * "el pasado mes de mayo", "maio passado", "eind augustus", "в августе", "в начале сентября".
 */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { alt, lookup } from "../../vocabulary";
import { VocabularyParser } from "./VocabularyParser";

export interface MonthWords {
  /** Between a mod word and the month ("\\s+de\\s+|\\s+", "\\s+"). */
  modLink: string;
  /** Between month and year. */
  monthYear: string;
  /** After the year ("\\s+(?:года|г\\.)"). */
  yearSuffix?: string;
  /** "mes de", "mese di" before the month name. */
  monthOf?: string;
}

export class MonthParser extends VocabularyParser<MonthWords> {
  protected override trigger(): string {
    return alt(this.v.months);
  }

  protected innerPattern(): string {
    const w = this.w;
    return (
      `(?:(?<mod>${alt(this.v.mods)})(?:${w.modLink}))?(?:(?<qb>${alt(this.v.qualifiersBefore)})\\s+)?(?:(?:${w.monthOf ?? "(?!)"})\\s*)?` +
      `(?<month>${alt(this.v.months)})(?:(?:${w.monthYear})(?<year>(?:1[0-9]|20)\\d{2})(?!\\d)(?:${w.yearSuffix ?? "(?!)"})?)?(?:\\s+(?<qa>${alt(this.v.qualifiersAfter)}))?`
    );
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    const month = lookup(this.v.months, g.month);
    if (!month) return null;
    // Abbreviations alone ("ago.", "dic.") are too short to be dated without a year; a capitalised month
    // inside a sentence without year or mod is a name.
    if (g.month.endsWith(".") && !g.year) return null;
    const i = match.index!;
    if (!g.mod && !g.year && !g.qb && /^\p{Lu}/u.test(g.month) && i > 0 && !/[.!?\n«"„(]\s*$/.test(context.text.slice(Math.max(0, i - 3), i))) return null;
    const known: Record<string, number> = { month };
    if (g.year) known.year = +g.year;
    const q = g.qb ? lookup(this.v.qualifiersBefore, g.qb) : lookup(this.v.qualifiersAfter, g.qa);
    const dir = q ? String(q) : q === 0 ? "0" : undefined;
    return this.result(context, i, match[0], { anchor: g.year ? undefined : "month", dir, mod: lookup(this.v.mods, g.mod), gran: "month" }, known);
  }
}
