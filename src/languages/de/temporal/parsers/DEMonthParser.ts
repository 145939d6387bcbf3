/**
 * Months: "März", "März 1992", "Anfang September", "Mitte April 2015", "Ende Juli", "im vergangenen
 * August", "August vorigen Jahres", "im kommenden Mai". "August" followed by a name is a person.
 */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { TemporalParser, prefixPattern } from "../../../../temporal/common/parsers/TemporalParser";
import { DE_MOD_PATTERN, DE_NEXT_ADJ, DE_PAST_ADJ, adjDirection, modCode, monthNumber } from "../constants";

const MONTHS = "januar|jänner|februar|feber|märz|april|mai|juni|juli|august|september|oktober|november|dezember";
const PREFIX = prefixPattern(`(?:(?<mod>${DE_MOD_PATTERN})\\s+)?(?:(?<adj>${DE_PAST_ADJ}|${DE_NEXT_ADJ}|diese[nmrs]?)\\s+)|(?<mod2>${DE_MOD_PATTERN})\\s+`);

export class DEMonthParser extends TemporalParser {
  protected override trigger(): string {
    return MONTHS;
  }

  protected innerPattern(): string {
    return `(?<month>${MONTHS})(?:\\s+(?<year>(?:1[0-9]|20)\\d{2})(?![\\d/])|\\s+(?<rel>${DE_PAST_ADJ}|${DE_NEXT_ADJ}|dieses)\\s+Jahres)?`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    const i = match.index!;
    const end = i + match[0].length;
    const pre = this.before(context, i, PREFIX);
    // Proper names: "August Bebel", "Mai Thi" (a capitalised word follows and nothing marks a date).
    if (!pre && !g.year && !g.rel && /^\s+\p{Lu}\p{Ll}/u.test(context.text.slice(end, end + 3)) && !/(?:im|in|seit|ab|bis|Anfang|Mitte|Ende|vom|zum|\d\.)\s*$/i.test(context.text.slice(Math.max(0, i - 8), i)))
      return null;
    const month = monthNumber(g.month);
    const known: Record<string, number> = { month };
    if (g.year) known.year = +g.year;
    else if (g.rel) known.year = context.refDate.getUTCFullYear() + adjDirection(g.rel);
    const d = adjDirection(pre?.groups.adj);
    const start = pre?.start ?? i;
    const mod = modCode(pre?.groups.mod ?? pre?.groups.mod2);
    return this.result(context, start, context.text.slice(start, end), { anchor: known.year ? undefined : "month", dir: d ? String(d) : undefined, mod, gran: "month" }, known);
  }
}
