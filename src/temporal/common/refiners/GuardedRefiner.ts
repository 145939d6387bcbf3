/**
 * Wraps one of chrono's merging refiners so that it never merges results whose TimeML value was
 * fixed by a tagger parser (durations, sets, vague references, weeks…) or that are anchored on the
 * day in focus ("the day before"): those are set aside during
 * the inner refine and put back afterwards.
 */
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { isProtected } from "../timex";

export class GuardedRefiner implements Refiner {
  /** `shield` selects further results to keep out of the inner refiner. */
  constructor(
    private readonly inner: Refiner,
    private readonly shield: (r: ParsingResult) => boolean = () => false,
  ) {}

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const fixed: ParsingResult[] = [];
    const free: ParsingResult[] = [];
    for (const r of results) (isProtected(r) || this.shield(r) ? fixed : free).push(r);
    if (!fixed.length) return this.inner.refine(context, results);
    const rest = this.inner.refine(context, free);
    return [...rest, ...fixed].sort((a, b) => a.index - b.index);
  }
}
