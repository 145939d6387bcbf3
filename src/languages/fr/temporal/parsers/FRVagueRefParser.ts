/** Vague references: "actuellement", "maintenant", "désormais" (PRESENT_REF), "autrefois" (PAST_REF), "l'avenir", "dans les prochains jours" (FUTURE_REF). */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { TemporalParser } from "../../../../temporal/common/parsers/TemporalParser";

export class FRVagueRefParser extends TemporalParser {
  protected innerPattern(): string {
    return (
      `(?<present>actuellement|maintenant|désormais|dorénavant|à\\s+présent|jusqu['’]à\\s+présent|pour\\s+l['’]instant|pour\\s+le\\s+moment|en\\s+ce\\s+moment|de\\s+nos\\s+jours|à\\s+l['’]heure\\s+actuelle|actuel(?:le)?s?)` +
      `|(?<past>autrefois|auparavant|jadis|naguère|par\\s+le\\s+passé|dernièrement|récemment|précédemment|anciennement|nouvellement|(?<prec>précédente?s?)(?=\\s+\\p{Ll}))` +
      `|(?<future>l['’]avenir|prochainement|bientôt|(?:le\\s+)?futur(?:e|s|es)?|(?:les|ces)\\s+(?:prochains|prochaines)\\s+(?:jours|semaines|mois|années)|une\\s+date\\s+ultérieure|à\\s+terme` +
      `|(?<proch>prochaine?s?)(?=\\s+\\p{L}))`
    );
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    // Adjectives "précédent"/"prochain" are vague references only right after a determiner (or opening a sentence).
    if (g.prec || g.proch) {
      const before = context.text.slice(Math.max(0, match.index! - 8), match.index!);
      const det = /(?:^|[\s'’])(?:le|la|les|son|sa|ses|leur|leurs|du|des|au|aux|un|une)\s+$/i.test(before);
      if (!det && !(g.proch && (/^\s*$/.test(before) || /[.!?]\s*$/.test(before)))) return null;
    }
    const value = g.present ? "PRESENT_REF" : g.past ? "PAST_REF" : "FUTURE_REF";
    return this.result(context, match.index!, match[0], { value, gran: "vague" });
  }
}
