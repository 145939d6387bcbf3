/**
 * Resolves overlaps between results of different parsers: keeps the longest, and at equal length the
 * one produced by a tagger parser (carrying TimeML tags). Chrono's OverlapRemovalRefiner keeps the
 * first one at equal length, which depends on parser order.
 */
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";

const hasTx = (r: ParsingResult) => [...r.tags()].some((t) => t.startsWith("tx:"));

export class LongestMatchRefiner implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const sorted = [...results].sort((a, b) => b.text.length - a.text.length || Number(hasTx(b)) - Number(hasTx(a)) || a.index - b.index);
    const kept: ParsingResult[] = [];
    for (const r of sorted) {
      const e = r.index + r.text.length;
      if (kept.some((k) => r.index < k.index + k.text.length && k.index < e)) continue;
      kept.push(r);
    }
    return kept.sort((a, b) => a.index - b.index);
  }
}
