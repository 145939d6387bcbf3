/** Spelled-out years of broadcast transcripts: "nineteen ninety-six", "the year two thousand". */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { TemporalParser } from "../../../../temporal/common/parsers/TemporalParser";
import { parseEnNumber } from "../constants";

const TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
const UNITS = "one|two|three|four|five|six|seven|eight|nine";
const TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";

export class ENSpelledYearParser extends TemporalParser {
  protected override trigger(): string {
    return "nineteen|eighteen|thousand";
  }

  protected innerPattern(): string {
    return `(?:the\\s+year\\s+)?(?:(?<c>nineteen|eighteen)[-\\s](?<y>(?:${TENS})(?:[-\\s](?:${UNITS}))?|${TEENS}|hundred)|(?<two>two\\s+thousand)(?:\\s+and\\s+(?<u>${UNITS}))?)`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    let year: number;
    if (g.two) year = 2000 + (g.u ? parseEnNumber(g.u) : 0);
    else {
      const c = g.c.toLowerCase() === "nineteen" ? 1900 : 1800;
      year = c + (/hundred/i.test(g.y) ? 0 : parseEnNumber(g.y.replace(/\s+/, "-")));
      // "nineteen twenty people" is unlikely; require a plausible continuation (not a plural noun after).
      if (/^\s+(?:people|percent|dollars|points|years)/i.test(context.text.slice(match.index! + match[0].length, match.index! + match[0].length + 10))) return null;
    }
    if (g.two && !/^the\s+year/i.test(match[0]) && !/(?:in|since|until|by|of)\s+$/i.test(context.text.slice(Math.max(0, match.index! - 7), match.index!))) return null;
    if (!isFinite(year)) return null;
    return this.result(context, match.index!, match[0], { gran: "year" }, { year });
  }
}
