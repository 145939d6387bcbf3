/**
 * Holidays from a table: fixed days ("Navidad" → 12-25) and days at an offset from Easter ("Viernes
 * Santo" → -2), resolved in the tense direction (anchor "candidates"). Names must be capitalised.
 */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { addDays, easter, utc, yearCandidates } from "../../calendar";
import { alt, lookup } from "../../vocabulary";
import { TemporalParser } from "../TemporalParser";

export class HolidayParser extends TemporalParser {
  constructor(
    private readonly fixed: Record<string, [number, number]>,
    private readonly fromEaster: Record<string, number>,
  ) {
    super();
  }

  protected innerPattern(): string {
    return `(?<h>${alt({ ...this.fixed, ...this.fromEaster })})`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const h = match.groups!.h;
    if (!/^\p{Lu}/u.test(h)) return null;
    const md = lookup(this.fixed, h);
    const e = lookup(this.fromEaster, h);
    const at = (y: number) => (md ? utc(y, md[0], md[1]) : addDays(easter(y), e ?? 0));
    const days = yearCandidates(context.refDate.getUTCFullYear(), at).join(",");
    return this.result(context, match.index!, match[0], { gran: "day", anchor: "candidates", days }, {});
  }
}
