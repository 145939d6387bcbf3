/**
 * Resolves overlaps between results of different parsers: keeps the longest, and at equal length the
 * one produced by a tagger parser (carrying TimeML tags), preferring one whose value is already fixed. Chrono's OverlapRemovalRefiner keeps the
 * first one at equal length, which depends on parser order.
 */
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { hasTimex, hasTimexValue } from "../timex";


export class LongestMatchRefiner implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    if (results.length < 2) return results;
    // 2: a tagger result with a fixed value ("Monday" in "Monday and Tuesday nights" as a set), 1: another
    // tagger result (anchored: "Monday" → a date), 0: a plain chrono result.
    const tx = new Map(results.map((r) => [r, hasTimexValue(r) ? 2 : hasTimex(r) ? 1 : 0]));
    const sorted = [...results].sort((a, b) => b.text.length - a.text.length || tx.get(b)! - tx.get(a)! || a.index - b.index);
    // Sweep in priority order over a map of the characters already covered by a kept result: each
    // result costs its own length, so the refiner is linear in the text (plus the sort), not pairwise.
    let last = 0;
    for (const r of results) last = Math.max(last, r.index + r.text.length);
    const covered = new Uint8Array(last + 1);
    const kept: ParsingResult[] = [];
    for (const r of sorted) {
      const e = r.index + r.text.length;
      if (covered.subarray(r.index, e).includes(1)) continue;
      covered.fill(1, r.index, e);
      kept.push(r);
    }
    return kept.sort((a, b) => a.index - b.index);
  }
}
