/**
 * Runs one of chrono's per-result refiners on a window of the text around each result instead of the
 * whole text. Some of chrono's refiners test the text before a result with an end-anchored regex
 * (`text.substring(0, index).match(/… $/)`), which reads everything before the result: quadratic in
 * the number of results. The window keeps `before` characters before and `after` after the result,
 * enough for the prefixes they look for ("the last day of the ", "end of ").
 */
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";

export class WindowedRefiner implements Refiner {
  constructor(
    private readonly inner: Refiner,
    private readonly before = 64,
    private readonly after = 64,
  ) {}

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const out: ParsingResult[] = [];
    for (const r of results) {
      const shift = Math.max(0, r.index - this.before);
      const end = Math.min(context.text.length, r.index + r.text.length + this.after);
      const window = Object.create(context, { text: { value: context.text.slice(shift, end) } }) as ParsingContext;
      r.index -= shift;
      try {
        for (const x of this.inner.refine(window, [r])) out.push(x);
      } finally {
        r.index += shift;
      }
    }
    return out;
  }
}
