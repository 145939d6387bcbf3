/** Seasons: "l'été", "cet hiver", "l'automne dernier", "le printemps 2002", "en été" (extent "été"). */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { TemporalParser } from "../../../../temporal/common/parsers/TemporalParser";

const CODE: Record<string, string> = { printemps: "SP", été: "SU", automne: "FA", hiver: "WI" };

export class FRSeasonParser extends TemporalParser {
  protected override trigger(): string {
    return "printemps|été|automne|hiver";
  }

  protected innerPattern(): string {
    return `(?<det>l['’]\\s*|le\\s+|cet\\s+|ce\\s+)?(?:(?<mod>début|fin|milieu)\\s+(?:de\\s+l['’]|du\\s+|d['’]))?(?<s>printemps|été|automne|hiver)(?:\\s+(?<year>(?:19|20)\\d{2}))?(?:\\s+(?<rel>dernier|prochain|passé))?`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    const s = CODE[g.s.toLowerCase()];
    const i = match.index!;
    // "été" is also the participle of "être": only with a determiner, "en", a year or a modifier.
    if (s === "SU" && !g.det && !g.year && !g.rel && !g.mod && !/(?:en|d['’])\s*$/i.test(context.text.slice(Math.max(0, i - 4), i))) return null;
    // "Jeux d'hiver", "sports d'hiver": adjectival; "les mois d'été" is a season.
    if (!g.det && /d['’]\s*$/i.test(context.text.slice(Math.max(0, i - 2), i)) && !/mois\s+d['’]\s*$/i.test(context.text.slice(Math.max(0, i - 8), i))) return null;
    if (!g.det && /^[A-Z]/.test(g.s) && i > 0 && !/[.!?\n]\s*$/.test(context.text.slice(Math.max(0, i - 3), i))) return null;
    const mod = g.mod ? ({ début: "START", fin: "END", milieu: "MID" } as Record<string, string>)[g.mod.toLowerCase()] : undefined;
    if (g.year) return this.result(context, i, match[0], { value: `${g.year}-${s}`, gran: "season", mod });
    const r = context.refDate.getUTCFullYear();
    if (g.rel) {
      const y = /^prochain/i.test(g.rel) ? r + 1 : r - 1;
      return this.result(context, i, match[0], { value: `${y}-${s}`, gran: "season", mod });
    }
    if (g.det && /^(?:cet|ce)\s/i.test(g.det)) return this.result(context, i, match[0], { value: `${r}-${s}`, gran: "season", mod });
    return this.result(context, i, match[0], { anchor: "season", season: s, gran: "season", mod });
  }
}
