/**
 * Wraps one of chrono's merging refiners so that it never merges results whose TimeML value was
 * fixed by a tagger parser (durations, sets, vague references, weeks…): those are set aside during
 * the inner refine and put back afterwards.
 */
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { hasTimexValue } from "../timex";

export class GuardedRefiner implements Refiner {
  constructor(private readonly inner: Refiner) {}

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const fixed: ParsingResult[] = [];
    const free: ParsingResult[] = [];
    for (const r of results) (hasTimexValue(r) ? fixed : free).push(r);
    if (!fixed.length) return this.inner.refine(context, results);
    const rest = this.inner.refine(context, free);
    return [...rest, ...fixed].sort((a, b) => a.index - b.index);
  }
}
