/** Years relative to the reference: "cette année", "l'année dernière", "l'an prochain", "l'année en cours", "l'an passé", "la fin de l'année". */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { TemporalParser } from "../../../../temporal/common/parsers/TemporalParser";

export class FRRelativeYearParser extends TemporalParser {
  protected override trigger(): string {
    return "année|an\\s";
  }

  protected innerPattern(): string {
    return `(?<mod>(?:(?:au|le)\\s+)?début\\s+de\\s+|(?:(?:à\\s+)?la\\s+)?fin\\s+de\\s+|au\\s+cours\\s+de\\s+)?(?:(?<cur>cette\\s+(?:même\\s+)?année|l['’]année\\s+en\\s+cours|la\\s+nouvelle\\s+année)|(?:l['’]année|l['’]an)\\s+(?<rel>dernière|dernier|passée|passé|précédente|prochaine|prochain|suivante)|(?<bare>l['’]année)(?!\\s+(?:\\d|scolaire|universitaire|judiciaire|fiscale|liturgique|de\\s|d['’]|et\\s)))`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    // "la fin de l'année", "le début de l'année": the current year, only with début/fin.
    if (g.bare && !/début|fin/i.test(g.mod ?? "")) return null;
    const rel = g.rel?.toLowerCase() ?? "";
    const off = /^(dern|pass|préc)/.test(rel) ? -1 : /^(proch|suiv)/.test(rel) ? 1 : 0;
    let index = match.index!;
    let text = match[0];
    let mod: string | undefined;
    if (g.mod) {
      if (/^au\s+cours/i.test(g.mod)) {
        index += g.mod.length;
        text = text.slice(g.mod.length);
      } else mod = /début/i.test(g.mod) ? "START" : "END";
    }
    const y = context.refDate.getUTCFullYear() + off;
    return this.result(context, index, text, { gran: "year", mod }, { year: y });
  }
}
