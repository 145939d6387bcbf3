/** Months relative to the reference: "ce mois-ci", "le mois dernier", "le mois prochain", "fin du mois". */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { TemporalParser } from "../../../../temporal/common/parsers/TemporalParser";

export class FRRelativeMonthParser extends TemporalParser {
  protected override trigger(): string {
    return "mois";
  }

  protected innerPattern(): string {
    return `(?:(?<mod>début|fin|mi)[- ](?:du\\s+|de\\s+ce\\s+)mois(?:-ci)?)|(?:ce\\s+mois(?:-ci)?|le\\s+mois\\s+(?<rel>dernier|passé|précédent|prochain|suivant|en\\s+cours))`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    const rel = g.rel?.toLowerCase() ?? "";
    const off = /^(dern|pass|préc)/.test(rel) ? -1 : /^(proch|suiv)/.test(rel) ? 1 : 0;
    const r = context.refDate;
    const d = new Date(Date.UTC(r.getUTCFullYear(), r.getUTCMonth() + off, 1, 12));
    const mod = g.mod ? ({ début: "START", fin: "END", mi: "MID" } as Record<string, string>)[g.mod.toLowerCase()] : undefined;
    return this.result(context, match.index!, match[0], { gran: "month", mod }, { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 });
  }
}
