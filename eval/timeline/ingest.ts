/**
 * Ingestion of the corpus through the Worker's pure core, as src/pipeline/process-article.ts uses
 * it: extractArticle → one mention record per extracted incident (id = mentionId(article, key)) →
 * planMerge over all mentions. Each mention keeps the corpus sentence it came from (the extractor's
 * sentenceIndex → its span in the clean text → the corpus sentence holding that span).
 */
import { extractArticle } from "../../src/extract";
import { segmentSentences } from "../../src/extract/sentences";
import type { ExtractedIncident, ExtractionResult } from "../../src/extract/types";
import { mentionId, planMerge } from "../../src/merge";
import { mergeIncrementally } from "../../src/merge/incremental";
import type { MentionRecord, MergePlan } from "../../src/merge/types";
import { tag } from "../../src/temporal";
import type { TemporalMention } from "../../src/temporal/types";
import type { CorpusArticle } from "./corpus";
import { rebuildText, type SentenceSpan } from "./text";

export interface SentenceMention {
  record: MentionRecord;
  docId: string;
  /** Corpus <s id>, or -1 when the extractor's sentence is not found in the corpus sentences. */
  sentence: number;
}

export interface IngestedArticle {
  article: CorpusArticle;
  extraction: ExtractionResult;
  mentions: SentenceMention[];
  /** Tagger mentions of the clean text, by corpus sentence (for the tagger-vs-extraction diagnosis). */
  taggerBySentence: Map<number, TemporalMention[]>;
  /** Corpus sentence ids whose text is not in the clean text (removed as furniture, or rewritten). */
  lostSentences: number[];
}

/** The record process-article.ts stores for an extracted incident (every field the extractor gives). */
export function mentionRecordOf(articleId: string, extraction: ExtractionResult, inc: ExtractedIncident): MentionRecord {
  const { key, sentenceIndex: _s, ...fields } = inc;
  return { ...fields, id: mentionId(articleId, key), articleId, language: extraction.language, publishedAt: extraction.publishedAt };
}

/** Corpus sentence spans located in the clean text (in order; a sentence not found keeps no span). */
function locateSpans(clean: string, rebuilt: { text: string; spans: SentenceSpan[] }): { spans: SentenceSpan[]; lost: number[] } {
  if (clean === rebuilt.text) return { spans: rebuilt.spans, lost: [] };
  const spans: SentenceSpan[] = [];
  const lost: number[] = [];
  let cursor = 0;
  for (const s of rebuilt.spans) {
    const t = rebuilt.text.slice(s.start, s.end);
    const at = clean.indexOf(t, cursor);
    if (at < 0) {
      lost.push(s.id);
      continue;
    }
    spans.push({ id: s.id, start: at, end: at + t.length });
    cursor = at + t.length;
  }
  return { spans, lost };
}

/** The corpus sentence that holds most of [start, end) of the clean text, or -1. */
function corpusSentenceAt(spans: SentenceSpan[], start: number, end: number): number {
  let best = -1;
  let bestOverlap = 0;
  for (const s of spans) {
    const overlap = Math.min(end, s.end) - Math.max(start, s.start);
    if (overlap > bestOverlap) [best, bestOverlap] = [s.id, overlap];
  }
  return best;
}

export function ingestArticle(article: CorpusArticle): IngestedArticle {
  const rebuilt = rebuildText(article);
  const extraction = extractArticle(
    { url: `https://en.wikinews.org/?curid=${article.docId}`, title: article.title, text: rebuilt.text, publishedAt: article.dct, source: "Wikinews" },
    { receivedAt: `${article.dct}T23:59:59.000Z` },
  );
  const { spans, lost } = locateSpans(extraction.text, rebuilt);
  const sentences = segmentSentences(extraction.text, extraction.language);
  const seen = new Set<string>();
  const mentions: SentenceMention[] = [];
  for (const inc of extraction.incidents) {
    const record = mentionRecordOf(article.docId, extraction, inc);
    if (seen.has(record.id)) continue; // process-article keeps the first of equal ids
    seen.add(record.id);
    const s = sentences[inc.sentenceIndex];
    mentions.push({ record, docId: article.docId, sentence: s ? corpusSentenceAt(spans, s.start, s.end) : -1 });
  }
  const taggerBySentence = new Map<number, TemporalMention[]>();
  for (const m of tag(extraction.text, { referenceDate: extraction.publishedAt, language: extraction.language })) {
    const id = corpusSentenceAt(spans, m.start, Math.max(m.end, m.start + 1));
    taggerBySentence.set(id, [...(taggerBySentence.get(id) ?? []), m]);
  }
  return { article, extraction, mentions, taggerBySentence, lostSentences: lost };
}

export interface IngestedCorpus {
  articles: IngestedArticle[];
  mentions: SentenceMention[];
  plan: MergePlan;
  /** Mention id → the sentence mention. */
  byId: Map<string, SentenceMention>;
}

export function ingestCorpus(articles: CorpusArticle[]): IngestedCorpus {
  const ingested = articles.map(ingestArticle);
  const mentions = ingested.flatMap((a) => a.mentions);
  const plan = planMerge(mentions.map((m) => m.record));
  return { articles: ingested, mentions, plan, byId: new Map(mentions.map((m) => [m.record.id, m])) };
}

const partitionKey = (groups: Iterable<string[]>) => JSON.stringify([...groups].map((g) => [...g].sort()).sort());

/** A deterministic shuffle (mulberry32), so the orders tried are the same on every run. */
function shuffled<T>(xs: T[], seed: number): T[] {
  const out = [...xs];
  let a = seed >>> 0;
  const rnd = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export interface IncrementalCheck {
  orders: number;
  sameAsBatch: number;
  /** Per differing order: its name and how many batch incidents it splits or joins differently. */
  differing: { order: string; incidents: number }[];
}

/** Ingests the articles one by one (the store's path) in several orders; compares with the batch plan. */
export function checkIncremental(corpus: IngestedCorpus): IncrementalCheck {
  const batches = corpus.articles.map((a) => a.mentions.map((m) => m.record));
  const batchGroups = corpus.plan.incidents.map((i) => i.mentionIds);
  const batchKeys = new Set(batchGroups.map((g) => JSON.stringify([...g].sort())));
  const orders: [string, MentionRecord[][]][] = [
    ["corpus order", batches],
    ["reversed", [...batches].reverse()],
    ...[1, 2, 3].map((seed): [string, MentionRecord[][]] => [`shuffle #${seed}`, shuffled(batches, seed)]),
  ];
  const differing: IncrementalCheck["differing"] = [];
  let same = 0;
  for (const [name, order] of orders) {
    const groups = [...mergeIncrementally(order).values()];
    if (partitionKey(groups) === partitionKey(batchGroups)) same++;
    else differing.push({ order: name, incidents: groups.filter((g) => !batchKeys.has(JSON.stringify([...g].sort()))).length });
  }
  return { orders: orders.length, sameAsBatch: same, differing };
}
