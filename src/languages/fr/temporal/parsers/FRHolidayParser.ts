/**
 * Fêtes : fixes (« Noël », « la veille de Noël », « la Saint-Sylvestre », « le jour de l'an », « la
 * Toussaint », « le 14-Juillet », « le 11-Novembre », « l'Assomption », « la Saint-Valentin », « la fête du Travail ») et mobiles (« Pâques »,
 * « le lundi de Pâques », « le Vendredi saint », « le dimanche des Rameaux », « l'Ascension », « la Pentecôte », « le lundi de
 * Pentecôte »), éventuellement qualifiées (« Noël dernier », « la Toussaint prochaine »). Resolved in the
 * tense direction by TenseResolutionRefiner (anchor "candidates"), like the English holidays.
 */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { addDays, easter, utc, yearCandidates } from "../../../../temporal/common/calendar";
import { TemporalParser } from "../../../../temporal/common/parsers/TemporalParser";

const FIXED: Record<string, [number, number]> = {
  noël: [12, 25], "veille de noël": [12, 24], "réveillon de noël": [12, 24], "saint-sylvestre": [12, 31], "réveillon du nouvel an": [12, 31],
  "jour de l'an": [1, 1], "nouvel an": [1, 1], toussaint: [11, 1], assomption: [8, 15], "saint-valentin": [2, 14], "fête du travail": [5, 1],
  chandeleur: [2, 2], "14-juillet": [7, 14], "11-novembre": [11, 11], "8-mai": [5, 8], "1er-mai": [5, 1],
};

const MOVABLE: Record<string, (y: number) => Date> = {
  pâques: easter,
  "lundi de pâques": (y) => addDays(easter(y), 1),
  "vendredi saint": (y) => addDays(easter(y), -2),
  "jeudi saint": (y) => addDays(easter(y), -3),
  "dimanche des rameaux": (y) => addDays(easter(y), -7),
  "mercredi des cendres": (y) => addDays(easter(y), -46),
  ascension: (y) => addDays(easter(y), 39),
  pentecôte: (y) => addDays(easter(y), 49),
  "lundi de pentecôte": (y) => addDays(easter(y), 50),
};

export class FRHolidayParser extends TemporalParser {
  protected override trigger(): string {
    return "-(?:juillet|novembre|mai)|noël|sylvestre|jour de l|nouvel an|toussaint|assomption|valentin|fête du travail|chandeleur|pâques|(?:vendredi|jeudi) saint|rameaux|cendres|ascension|pentecôte";
  }

  protected innerPattern(): string {
    return (
      `(?:(?:la|le|l['’])\\s*)?(?<h>(?:veille|réveillon)\\s+de\\s+Noël|Noël|Saint-Sylvestre|réveillon\\s+du\\s+(?:Nouvel\\s+An|nouvel\\s+an)|jour\\s+de\\s+l['’]an|Nouvel\\s+An|Toussaint|Assomption|Saint-Valentin|fête\\s+du\\s+Travail|Chandeleur|14-Juillet|11-Novembre|8-Mai|1er-Mai` +
      `|lundi\\s+de\\s+(?:Pâques|Pentecôte)|(?:vendredi|jeudi)\\s+saint|dimanche\\s+des\\s+Rameaux|mercredi\\s+des\\s+Cendres|Pâques|Ascension|Pentecôte)(?:\\s+(?<rel>dernier|dernière|prochain|prochaine))?`
    );
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    // Proper names are capitalised: "l'ascension du mont Blanc", "un vendredi saint" in lower case stay out.
    if (!/[A-Z\u00C0-\u00DE]/.test(g.h) || (/^(?:vendredi|jeudi)\s+saint/i.test(g.h) && !/^(?:Vendredi|Jeudi|\S+\s+Saint)/.test(g.h))) return null;
    // « l'accord du Vendredi saint », « l'offensive du Têt » : un nom fait de la fête, pas une date.
    if (/(?:accords?|offensive|massacre|attentat|trêve)\s+(?:du|de\s+la|de\s+l['’]|de)\s*$/i.test(context.text.slice(Math.max(0, match.index! - 24), match.index!))) return null;
    const key = g.h.toLowerCase().replace(/\s+/g, " ").replace("’", "'");
    const at = (y: number) => (MOVABLE[key] ? MOVABLE[key](y) : utc(y, FIXED[key][0], FIXED[key][1]));
    const y = context.refDate.getUTCFullYear();
    const rel = g.rel?.toLowerCase();
    const days = yearCandidates(y, at).join(",");
    return this.result(context, match.index!, match[0], { gran: "day", anchor: "candidates", days, dir: rel?.startsWith("dernier") ? "-1" : rel?.startsWith("prochain") ? "1" : undefined }, {});
  }
}
