/** Months: "juillet", "février 2022", "mois de juin", "début octobre", "mi-juillet", "fin septembre 2000", "septembre dernier". */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { TemporalParser, prefixPattern } from "../../../../temporal/common/parsers/TemporalParser";

/** "début", "mi-", "fin du mois de", "le mois de" before the month name, read backwards. */
const PREFIX = prefixPattern(
  `(?:(?<mod>début|fin|courant|milieu|mi)(?:\\s*-\\s*|\\s+(?:du\\s+mois\\s+de\\s+|de\\s+|d['’])?))(?:(?:le\\s+)?mois\\s+(?:de\\s+|d['’]))?|(?:(?:le\\s+)?mois\\s+(?:de\\s+|d['’]))`,
);
import { monthNumber } from "../constants";

const MONTHS = "janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre";
const MOD: Record<string, string> = { début: "START", "mi": "MID", "mi-": "MID", fin: "END", courant: "MID", milieu: "MID" };

export class FRMonthParser extends TemporalParser {
  protected innerPattern(): string {
    return `(?<month>${MONTHS})(?:\\s+(?<year>(?:1[5-9]|20)\\d{2})(?!\\d)|\\s+(?<yy>['’]?\\d{2})(?=\\s*[,.;:)]|\\s+et\\s|\\s*$))?(?:\\s+(?<rel>dernier|prochain|passé)s?)?`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    // Capitalised "Mars"/"Mai" in running text are rather the planet or a name.
    const i = match.index!;
    const pre = this.before(context, i, PREFIX);
    const modWord = pre?.groups.mod;
    const start = pre?.start ?? i;
    if (!modWord && /^[A-Z]/.test(match[0]) && i > 0 && !/[.!?\n«"]\s*$/.test(context.text.slice(Math.max(0, i - 3), i))) return null;
    const month = monthNumber(g.month);
    const known: Record<string, number> = { month };
    if (g.year) known.year = +g.year;
    if (g.yy) {
      const y = +g.yy.replace(/['’]/, "");
      known.year = y > 30 ? 1900 + y : 2000 + y;
    }
    const mod = modWord ? MOD[modWord.toLowerCase()] : undefined;
    const dir = g.rel ? (/^prochain/i.test(g.rel) ? "1" : "-1") : undefined;
    return this.result(context, start, context.text.slice(start, i + match[0].length), { anchor: g.year || g.yy ? undefined : "month", dir, mod, gran: "month" }, known);
  }
}
