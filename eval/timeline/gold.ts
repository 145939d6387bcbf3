/** Views of the gold timelines used by the metrics: dated mentions, sentences, cross-article pairs. */
import type { GoldTimeline } from "./corpus";
import { UNDATED } from "./dates";

/** "DOCID:SENTENCE" — the unit every metric of eval:timeline counts in. */
export const sentenceKey = (docId: string, sentence: number) => `${docId}:${sentence}`;
export const docOf = (key: string) => key.split(":")[0];

export interface DatedGoldMention {
  docId: string;
  sentence: number;
  word: string;
  /** Gold form (YYYY-MM-DD / YYYY-MM-XX / YYYY-XX-XX). */
  date: string;
  entities: string[];
}

/** Gold event mentions on dated lines, once each (a mention may be on the timelines of several entities). */
export function datedGoldMentions(timelines: GoldTimeline[]): DatedGoldMention[] {
  const out = new Map<string, DatedGoldMention>();
  for (const tl of timelines)
    for (const line of tl.lines) {
      if (line.date === UNDATED) continue;
      for (const m of line.mentions) {
        const k = `${m.docId}-${m.sentence}-${m.word}|${line.date}`;
        const prev = out.get(k);
        if (prev) prev.entities.push(tl.entity);
        else out.set(k, { docId: m.docId, sentence: m.sentence, word: m.word, date: line.date, entities: [tl.entity] });
      }
    }
  return [...out.values()];
}

/** Every sentence that holds a mention of some gold timeline line (dated or not). */
export function goldSentences(timelines: GoldTimeline[]): Set<string> {
  return new Set(timelines.flatMap((tl) => tl.lines.flatMap((l) => l.mentions.map((m) => sentenceKey(m.docId, m.sentence)))));
}

/** Unordered pair key of two sentence keys. */
export const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Pairs of sentences from different articles among `keys`. */
export function crossArticlePairs(keys: Iterable<string>): string[] {
  const ks = [...new Set(keys)].sort();
  const out: string[] = [];
  for (let i = 0; i < ks.length; i++) for (let j = i + 1; j < ks.length; j++) if (docOf(ks[i]) !== docOf(ks[j])) out.push(pairKey(ks[i], ks[j]));
  return out;
}

/** Pairs of sentences of different articles that tell one event (one line of one gold timeline). */
export function goldPairs(timelines: GoldTimeline[]): Set<string> {
  return new Set(timelines.flatMap((tl) => tl.lines.flatMap((l) => crossArticlePairs(l.mentions.map((m) => sentenceKey(m.docId, m.sentence))))));
}
