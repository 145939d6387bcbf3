/** Drops results that a locale rule rejects (false friends: "jeu vidéo", scores, prices, ages…). */
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";

export class FilterRefiner implements Refiner {
  constructor(private readonly reject: (text: string, r: ParsingResult) => boolean) {}
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => !this.reject(context.text, r));
  }
}
