/**
 * Cross-document merge precision/recall: pairs of sentences from different articles linked by one
 * incident of the plan vs pairs linked by one line of a gold timeline; only sentences that appear
 * in a gold timeline count.
 */
import type { GoldTimeline } from "./corpus";
import { crossArticlePairs, goldPairs, goldSentences, sentenceKey } from "./gold";
import type { IngestedCorpus } from "./ingest";

export interface PairScores {
  precision: number;
  recall: number;
  f1: number;
  system: number;
  gold: number;
  correct: number;
  falsePositives: string[];
  falseNegatives: string[];
}

export const prf = (correct: number, system: number, gold: number) => {
  const precision = system ? correct / system : 0;
  const recall = gold ? correct / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
};

/** Pairs of gold sentences of different articles that share one planned incident. */
export function systemPairs(corpus: IngestedCorpus, inGold: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const inc of corpus.plan.incidents) {
    const keys = inc.mentionIds.map((id) => corpus.byId.get(id)!).map((m) => sentenceKey(m.docId, m.sentence)).filter((k) => inGold.has(k));
    for (const p of crossArticlePairs(keys)) out.add(p);
  }
  return out;
}

export function mergePairScores(corpus: IngestedCorpus, timelines: GoldTimeline[]): PairScores {
  const gold = goldPairs(timelines);
  const system = systemPairs(corpus, goldSentences(timelines));
  const correct = [...system].filter((p) => gold.has(p)).length;
  return {
    ...prf(correct, system.size, gold.size),
    system: system.size,
    gold: gold.size,
    correct,
    falsePositives: [...system].filter((p) => !gold.has(p)).sort(),
    falseNegatives: [...gold].filter((p) => !system.has(p)).sort(),
  };
}
