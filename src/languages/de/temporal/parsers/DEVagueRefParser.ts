/**
 * Vague references: "jetzt", "derzeit", "zurzeit", "gegenwärtig", "heutzutage", "im Moment", "zur Stunde"
 * (PRESENT_REF); "damals", "früher", "einst", "kürzlich", "vor kurzem", "unlängst", "in letzter Zeit",
 * "die Vergangenheit" (PAST_REF); "die Zukunft", "künftig", "demnächst", "in Kürze", "in den nächsten
 * Jahren" (FUTURE_REF). "früher als" (a comparison) and "nun" (a discourse particle) are not references.
 */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { TemporalParser } from "../../../../temporal/common/parsers/TemporalParser";

export class DEVagueRefParser extends TemporalParser {
  protected innerPattern(): string {
    return (
      `(?<present>jetzt|derzeit|derzeitige[nmrs]?|zurzeit|zur\\s+Zeit|gegenwärtig|momentan|heutzutage|im\\s+Moment|zur\\s+Stunde|(?:die|der)\\s+Gegenwart|aktuell(?=\\s+\\p{Ll}))` +
      `|(?<past>damals|damalige[nmrs]?|früher(?!\\s+als)(?!e[nmrs]?\\s)|einst(?:mals)?|kürzlich|vor\\s+kurzem|unlängst|jüngst|seinerzeit|ehemals|in\\s+letzter\\s+Zeit|(?:die|der|in\\s+der)\\s+Vergangenheit|vergangener\\s+Zeiten)` +
      `|(?<future>(?:die|der|in)\\s+Zukunft|zukünftig|künftig|demnächst|in\\s+Kürze|(?:in\\s+)?den\\s+(?:nächsten|kommenden)\\s+(?:Jahren|Tagen|Wochen|Monaten|Jahrzehnten))`
    );
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    const i = match.index!;
    // "zwei Jahre früher", "früher oder später": not a reference to the past.
    if (g.past && /^früher/i.test(match[0]) && (/\p{L}+\s+$/u.test(context.text.slice(Math.max(0, i - 12), i)) && /(?:Jahre?|Tage?|Wochen?|Monate?|Stunden?|viel|etwas|noch|immer)\s+$/i.test(context.text.slice(Math.max(0, i - 12), i)) || /^\s+oder/.test(context.text.slice(i + match[0].length, i + match[0].length + 6))))
      return null;
    const value = g.present ? "PRESENT_REF" : g.past ? "PAST_REF" : "FUTURE_REF";
    // KRAUTS leaves the preposition out ("in Zukunft" → "Zukunft").
    const lead = /^in\s+(?!letzter|Kürze)/i.exec(match[0])?.[0].length ?? 0;
    return this.result(context, i + lead, match[0].slice(lead), { value, gran: "vague", type: "DATE" });
  }
}
