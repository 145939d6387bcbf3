/**
 * Resolves overlaps between results of different parsers: keeps the longest, and at equal length the
 * one produced by a tagger parser (carrying TimeML tags). Chrono's OverlapRemovalRefiner keeps the
 * first one at equal length, which depends on parser order.
 */
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { hasTimex } from "../timex";


export class LongestMatchRefiner implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    if (results.length < 2) return results;
    const tx = new Map(results.map((r) => [r, hasTimex(r)]));
    const sorted = [...results].sort((a, b) => b.text.length - a.text.length || Number(tx.get(b)) - Number(tx.get(a)) || a.index - b.index);
    const kept: ParsingResult[] = [];
    for (const r of sorted) {
      const e = r.index + r.text.length;
      if (kept.some((k) => r.index < k.index + k.text.length && k.index < e)) continue;
      kept.push(r);
    }
    return kept.sort((a, b) => a.index - b.index);
  }
}
