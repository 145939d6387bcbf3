/**
 * Corpus extent conventions: TimeML excludes the governing preposition ("at 10 p.m." → "10 p.m.",
 * "in the past" → "the past") and surrounding whitespace; chrono's own parsers include them.
 */
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";

export class ExtentTrimRefiner implements Refiner {
  constructor(private readonly leading: RegExp) {}

  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      const m = this.leading.exec(r.text);
      if (m && m[0].length < r.text.length) {
        r.index += m[0].length;
        r.text = r.text.slice(m[0].length);
      }
      const lead = /^\s+/.exec(r.text);
      if (lead) {
        r.index += lead[0].length;
        r.text = r.text.slice(lead[0].length);
      }
      r.text = r.text.replace(/[\s,]+$/, "");
    }
    return results;
  }
}
