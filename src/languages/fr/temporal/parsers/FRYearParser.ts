/** Years: "2019", "en 2019" (extent "2019"), "l'année 2001", "l'an 2000", "l'exercice 2002". */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { TemporalParser, prefixPattern } from "../../../../temporal/common/parsers/TemporalParser";

/** "fin", "mi-", "l'année", "l'exercice" before the year, read backwards. */
const PREFIX = prefixPattern(
  `(?:(?<mod>début|fin|courant|mi|milieu)(?:\\s*-\\s*|\\s+))?(?:(?:l['’]année|l['’]an|l['’]exercice|la\\s+saison)\\s+)|(?<mod2>début|fin|courant|mi|milieu)(?:\\s*-\\s*|\\s+)`,
);

const UNIT_AFTER = /^\s*(?:[-–]\s*\d|[.,]\d|\d|euros?|€|francs?|F\b|FF|personnes|habitants|km|kilo|mètres|m\b|tonnes|dollars|\$|%|exemplaires|voix|spectateurs|emplois|logements|hectares|ha\b|points|mégawatts|MW|places|salariés|voitures|véhicules|élèves|étudiants|lits|h\b|heures)/i;

const STREET_AFTER = /^,?\s+(?:rue|avenue|av\.|boulevard|bd|boul\.|chemin|route|place|allée|impasse|quai|cours)\b/i;

export class FRYearParser extends TemporalParser {
  protected innerPattern(): string {
    return `(?<year>(?:1[6-9]|20)\\d{2})|(?<yy>[5-9]\\d)(?=\\s*[,.;)(])`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const i = match.index!;
    const after = context.text.slice(i + match[0].length, i + match[0].length + 16);
    const before = context.text.slice(Math.max(0, i - 12), i);
    if (match.groups!.yy && !/(?:en|depuis)\s+$/i.test(before)) return null;
    if (match.groups!.year && UNIT_AFTER.test(after)) return null;
    // "au 1450, boulevard René-Lévesque", "1200 rue Sainte-Catherine": a street number.
    if (match.groups!.year && STREET_AFTER.test(after)) return null;
    if (/(?:\d[\s.]?|n°\s?|numéro\s|nº\s?|page\s|p\.\s?|[€$]\s?|(?<![A-Za-zé])[+-])$/i.test(before)) return null;
    const y = match.groups!.year ? +match.groups!.year : 1900 + +match.groups!.yy;
    const pre = match.groups!.year ? this.before(context, i, PREFIX) : null;
    const start = pre?.start ?? i;
    const m = (pre?.groups.mod ?? pre?.groups.mod2)?.toLowerCase();
    const mod = m ? ({ début: "START", fin: "END", courant: "MID", mi: "MID", milieu: "MID" } as Record<string, string>)[m] : undefined;
    return this.result(context, start, context.text.slice(start, i + match[0].length), { gran: "year", mod }, { year: y });
  }
}
