/** Sets: "chaque lundi", "tous les jeudis", "chaque année", "tous les deux ans", "un mardi sur deux", "quotidien", "annuels", "par an". */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { TemporalParser } from "../../../../temporal/common/parsers/TemporalParser";
import { FR_NUMBER_WORDS, FR_WEEKDAYS, parseFrNumber, podCode } from "../constants";

const UNIT: Record<string, string> = { jour: "D", journée: "D", semaine: "W", mois: "M", an: "Y", année: "Y", heure: "H" };
const ADJ: Record<string, string> = { quotidien: "P1D", hebdomadaire: "P1W", mensuel: "P1M", annuel: "P1Y", trimestriel: "P3M" };

export class FRSetParser extends TemporalParser {
  protected innerPattern(): string {
    return (
      `(?:chaque|tous\\s+les|toutes\\s+les)\\s+(?:(?<n>\\d+|${FR_NUMBER_WORDS})\\s+)?(?<u>lundis?|mardis?|mercredis?|jeudis?|vendredis?|samedis?|dimanches?|jours?|journées?|semaines?|mois|ans?|années?|heures?|matins?|soirs?|nuits?|week-?ends?)` +
      `|(?<adj>annuel)(?:le)?s?|(?<adv>quotidiennement|annuellement|mensuellement|hebdomadairement)` +
      `|par\\s+(?<per>an|jour|mois|semaine)` +
      // "un mardi sur deux": that weekday, every other week.
      // "Les jeudis, le marché s'installe": a plural weekday is habitual.
      `|les\\s+(?<pl>lundis|mardis|mercredis|jeudis|vendredis|samedis|dimanches)` +
      `|une?\\s+(?<alt>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\s+sur\\s+(?:deux|trois|quatre|[234])`
    );
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    let value: string | undefined;
    if (g.adj) value = ADJ[g.adj.toLowerCase()];
    else if (g.adv) value = ADJ[g.adv.toLowerCase().replace(/l?ement$/, "").replace(/quotidienn$/, "quotidien").replace(/annuel$/, "annuel")] ?? "P1D";
    else if (g.alt ?? g.pl) value = `XXXX-WXX-${FR_WEEKDAYS[(g.alt ?? g.pl).toLowerCase().replace(/s$/, "")] || 7}`;
    else if (g.per) value = `P1${UNIT[g.per.toLowerCase()]}`;
    else {
      const u = g.u.toLowerCase() === "mois" ? "mois" : g.u.toLowerCase().replace(/s$/, "");
      const n = g.n ? parseFrNumber(g.n) : 1;
      if (u in FR_WEEKDAYS) value = `XXXX-WXX-${FR_WEEKDAYS[u] || 7}`;
      else if (podCode(u)) value = `XXXX-XX-XXT${podCode(u)}`;
      else if (/^week-?end$/.test(u)) value = "XXXX-WXX-WE";
      else if (UNIT[u]) value = UNIT[u] === "H" ? `PT${n}H` : `P${n}${UNIT[u]}`;
    }
    if (!value) return null;
    return this.result(context, match.index!, match[0], { type: "SET", value, gran: "set" });
  }
}
