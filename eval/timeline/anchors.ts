/**
 * Anchor recall and precision at sentence level: does the sentence of a dated gold event mention
 * carry an incident with the gold date (recall), and are the incidents of those sentences dated
 * compatibly with the gold (precision)?
 */
import { compatibleForms, hasGoldPrefix, incidentGoldForm, spanGoldForm } from "./dates";
import { sentenceKey, type DatedGoldMention } from "./gold";
import type { IngestedArticle, IngestedCorpus, SentenceMention } from "./ingest";
import type { TemporalMention } from "../../src/temporal/types";

export type MissCause =
  | "sentence removed from the clean text"
  | "tagger miss: gold date is the publication date, no expression of it in the sentence"
  | "tagger miss: date expressed in another sentence of the article"
  | "tagger miss: date not expressed in the article"
  | "extraction miss: tagger has the date, no incident in the sentence"
  | "extraction miss: tagger has the date, incidents carry other dates";

export interface AnchorMiss {
  gold: DatedGoldMention;
  cause: MissCause;
  /** Dates of the incidents of the sentence (gold form) and the tagger's dates there. */
  incidentDates: string[];
  taggerDates: string[];
}

export interface AnchorRecall {
  hits: number;
  total: number;
  misses: AnchorMiss[];
}

export interface AnchorPrecision {
  correct: number;
  total: number;
  wrong: { mention: SentenceMention; goldDates: string[] }[];
}

export function mentionsBySentence(corpus: IngestedCorpus): Map<string, SentenceMention[]> {
  const out = new Map<string, SentenceMention[]>();
  for (const m of corpus.mentions) {
    const k = sentenceKey(m.docId, m.sentence);
    out.set(k, [...(out.get(k) ?? []), m]);
  }
  return out;
}

const taggerForms = (ms: TemporalMention[]) => ms.filter((t) => t.range).map((t) => spanGoldForm(t.range!.start, t.range!.end));

function missCause(art: IngestedArticle | undefined, gold: DatedGoldMention, incidentDates: string[], taggerDates: string[]): MissCause {
  if (art?.lostSentences.includes(gold.sentence)) return "sentence removed from the clean text";
  if (taggerDates.some((d) => hasGoldPrefix(d, gold.date)))
    return incidentDates.length ? "extraction miss: tagger has the date, incidents carry other dates" : "extraction miss: tagger has the date, no incident in the sentence";
  if (art && hasGoldPrefix(art.article.dct, gold.date)) return "tagger miss: gold date is the publication date, no expression of it in the sentence";
  const elsewhere = art && [...art.taggerBySentence.values()].some((ms) => taggerForms(ms).some((d) => hasGoldPrefix(d, gold.date)));
  return elsewhere ? "tagger miss: date expressed in another sentence of the article" : "tagger miss: date not expressed in the article";
}

export function anchorRecall(corpus: IngestedCorpus, gold: DatedGoldMention[]): AnchorRecall {
  const bySentence = mentionsBySentence(corpus);
  let hits = 0;
  const misses: AnchorMiss[] = [];
  for (const g of gold) {
    const incidentDates = (bySentence.get(sentenceKey(g.docId, g.sentence)) ?? []).map((m) => incidentGoldForm(m.record.date));
    if (incidentDates.some((d) => hasGoldPrefix(d, g.date))) {
      hits++;
      continue;
    }
    const art = corpus.articles.find((a) => a.article.docId === g.docId);
    const taggerDates = taggerForms(art?.taggerBySentence.get(g.sentence) ?? []);
    misses.push({ gold: g, cause: missCause(art, g, incidentDates, taggerDates), incidentDates, taggerDates });
  }
  return { hits, total: gold.length, misses };
}

export function anchorPrecision(corpus: IngestedCorpus, gold: DatedGoldMention[]): AnchorPrecision {
  const goldDates = new Map<string, string[]>();
  for (const g of gold) {
    const k = sentenceKey(g.docId, g.sentence);
    goldDates.set(k, [...new Set([...(goldDates.get(k) ?? []), g.date])]);
  }
  let correct = 0;
  let total = 0;
  const wrong: AnchorPrecision["wrong"] = [];
  for (const m of corpus.mentions) {
    const dates = goldDates.get(sentenceKey(m.docId, m.sentence));
    if (!dates) continue;
    total++;
    if (dates.some((d) => compatibleForms(incidentGoldForm(m.record.date), d))) correct++;
    else wrong.push({ mention: m, goldDates: dates });
  }
  return { correct, total, wrong };
}
