/**
 * Years: "2019", "en el año 2019", "nel 2019", "в 2011 году", "eind 2024", with the locale's mod words;
 * amounts ("2019 euros", "1500 personas"), scores and numbers glued to others are not years.
 */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { alt, lookup, type Vocabulary } from "../../vocabulary";
import { prefixPattern } from "../TemporalParser";
import { VocabularyParser } from "./VocabularyParser";

export interface YearWords {
  /** Words naming the year before it ("año", "anno", "ano", "jaar"), included in the extent. */
  yearWord?: string;
  /** After the year ("\\s+(?:году|года|г\\.)"). */
  yearSuffix?: string;
  /** Between a mod word and the year ("\\s+de\\s+(?:l\\s+)?|\\s+"). */
  modLink: string;
  /** Words after a number that make it an amount ("euros|personas|habitantes"). */
  amountAfter: string;
}

export class YearParser extends VocabularyParser<YearWords> {
  private readonly prefix: RegExp;
  private readonly amount: RegExp;

  constructor(v: Vocabulary, w: YearWords) {
    super(v, w);
    this.prefix = prefixPattern(`(?:(?<mod>${alt(v.mods)})(?:${w.modLink}))?(?:(?:${w.yearWord ?? "(?!)"})\\s+)|(?<mod2>${alt(v.mods)})(?:${w.modLink})`);
    this.amount = new RegExp(`^(?:[.,]\\d|\\/\\d\\d(?!\\d)|\\d|\\s+\\d|\\s*(?:%|€|\\$|£|${w.amountAfter})(?![\\p{L}]))`, "iu");
  }

  protected innerPattern(): string {
    return `(?<year>(?:1[0-9]|20)\\d{2})(?:${this.w.yearSuffix ?? "(?!)"})?`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const i = match.index!;
    const end = i + match[0].length;
    if (this.amount.test(context.text.slice(end, end + 24))) return null;
    const before = context.text.slice(Math.max(0, i - 8), i);
    if (!/\d{4}\s?[-–/]\s?$/.test(before) && /(?:\d[\s.,]?|[€$£#№]\s?|(?<![\p{L}])[+-]|\/)$/u.test(before)) return null;
    const pre = this.before(context, i, this.prefix);
    const start = pre?.start ?? i;
    const mod = lookup(this.v.mods, pre?.groups.mod ?? pre?.groups.mod2);
    return this.result(context, start, context.text.slice(start, end), { gran: "year", mod }, { year: +match.groups!.year });
  }
}
