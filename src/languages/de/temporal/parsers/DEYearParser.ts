/**
 * Years: "2014", "im Jahr 2014" (extent "Jahr 2014"), "des Jahres 1991", "Ende 2014", "Anfang 2015",
 * "Mitte 2016". Amounts ("2014 Euro", "1500 Menschen"), seasons "2014/15", numbers after "Nr." are not years.
 */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { TemporalParser, prefixPattern } from "../../../../temporal/common/parsers/TemporalParser";
import { DE_MOD_PATTERN, modCode } from "../constants";

const PREFIX = prefixPattern(`(?:(?<mod>${DE_MOD_PATTERN})\\s+(?:des\\s+)?)?(?:Jahre[s]?|Jahr)\\s+|(?<mod2>${DE_MOD_PATTERN})\\s+`);
const UNIT_AFTER = /^(?:[.,]\d|\/\d\d(?!\d)|\d|\s+\d)|^\s*(?:Euro|€|Franken|Dollar|\$|Lire|Mark|DM|Menschen|Personen|Einwohner|Mitglieder|Besucher|Teilnehmer|Mitarbeiter|Beschäftigte|Schüler|Studenten|Kinder|Frauen|Männer|Stück|Tonnen|t\b|Kilo|kg|Meter|m\b|km|Kilometer|Hektar|ha\b|Quadratmeter|m²|Prozent|%|Stimmen|Punkte|Zuschauer|Fahrzeuge|Autos|Wohnungen|Arbeitsplätze|Stellen|Betten|Seiten|Exemplare|PS|Euro)/;

export class DEYearParser extends TemporalParser {
  protected innerPattern(): string {
    return `(?<year>(?:1[0-9]|20)\\d{2})(?:er)?|(?<=Jahre?s?\\s)(?<old>[1-9]\\d{2})(?![\\d.,])`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const i = match.index!;
    if (/er$/.test(match[0])) return null; // "1990er" (DEDecadeParser)
    const after = context.text.slice(i + match[0].length, i + match[0].length + 16);
    const before = context.text.slice(Math.max(0, i - 8), i);
    if (UNIT_AFTER.test(after)) return null;
    // "1898-1976", "2005/2010": the second year of a pair stays a year.
    if (!/\d{4}\s?[-–/]\s?$/.test(before) && /(?:\d[\s.,]?|Nr\.\s?|Nummer\s|Tel\.\s?|[€$]\s?|(?<![\p{L}])[+-]|\/)$/iu.test(before)) return null;
    if (match.groups!.old) return this.result(context, i, match[0], { gran: "year", value: match.groups!.old.padStart(4, "0") });
    const y = +match.groups!.year;
    const pre = this.before(context, i, PREFIX);
    const start = pre?.start ?? i;
    const mod = modCode(pre?.groups.mod ?? pre?.groups.mod2);
    return this.result(context, start, context.text.slice(start, i + match[0].length), { gran: "year", mod }, { year: y });
  }
}
