/**
 * People, organisations and places of an article, without a list of names: capitalised spans
 * (chunk.ts) → what each names (classify.ts) → one cluster per actor in the article (coref.ts), plus
 * demonyms and place adjectives ("russe", "North Korean") as places. Offsets are into the article text;
 * `inSentence` gives a sentence's entities with sentence-relative offsets.
 */
import type { LocaleData } from "../../languages";
import type { Sentence } from "../sentences";
import { capitalisedSpans, tokenize, type Token } from "./chunk";
import { classifySpan, nameTails, type ClassifyContext, type NameMention, type NameType } from "./classify";
import { corefer, type EntityCluster, type ResolvedMention } from "./coref";
import { demonymOf } from "./places";
import { resolveDescriptions } from "./descriptions";

export type { EntityCluster } from "./coref";
export type EntityType = "person" | "org" | "country" | "city" | "region" | "place";

export interface Entity {
  /** Canonical name of the entity's cluster in this article. */
  name: string;
  type: EntityType;
  role: "actor" | "place";
  start: number;
  end: number;
  /** A demonym or place adjective ("russe"): a place, never an actor. */
  adjective: boolean;
  /** Country of a person named with a demonym. */
  nation?: string;
  /** For a capital city, the country whose government it stands for as a speaker ("assure Washington"). */
  capitalOf?: string;
}

export interface ArticleEntities {
  mentions: ResolvedMention[];
  adjectives: { start: number; end: number; place: string }[];
  clusters: EntityCluster[];
  inSentence(s: Sentence): Entity[];
}

const outType = (t: NameType): EntityType => (t === "unknown" ? "org" : t);
const roleOf = (t: EntityType): Entity["role"] => (t === "person" || t === "org" ? "actor" : "place");

function wordSets(text: string, tokens: Token[], sentenceStarts: Set<number>) {
  const lowerWords = new Set<string>();
  const capitalisedInside = new Set<string>();
  for (const t of tokens) {
    if (!t.cap) lowerWords.add(t.norm);
    else {
      let i = t.start - 1;
      while (i >= 0 && /[\s«"“'‘(\-–—]/u.test(text[i])) i--;
      if (i >= 0 && !/[.!?:;\n]/u.test(text[i]) && !sentenceStarts.has(t.start)) capitalisedInside.add(t.norm);
    }
  }
  return { lowerWords, capitalisedInside };
}

function findAdjectives(tokens: Token[], names: NameMention[], lang: string) {
  const out: ArticleEntities["adjectives"] = [];
  let ni = 0;
  for (const t of tokens) {
    while (ni < names.length && names[ni].end <= t.start) ni++;
    if (ni < names.length && names[ni].start <= t.start) continue;
    const d = demonymOf(t.text, lang);
    if (d) out.push({ start: t.start, end: t.end, place: d.canonical });
  }
  return out;
}

export function analyseEntities(text: string, sentences: Sentence[], blocked: { start: number; end: number }[], locale: LocaleData): ArticleEntities {
  const sentenceStarts = new Set(sentences.map((s) => s.start));
  const tokens = tokenize(text); // once: spans, word sets and adjectives read the same tokens
  const spans = capitalisedSpans(text, { cues: locale.entities, stopwords: locale.stopwords, sentenceStarts, blocked }, tokens);
  const ctx: ClassifyContext = { text, locale, nameTails: nameTails(spans), ...wordSets(text, tokens, sentenceStarts) };
  const names: NameMention[] = [];
  for (const span of spans) {
    const m = classifySpan(span, ctx);
    if (m) names.push(m);
  }
  const named = corefer(names, locale.entities.connectors);
  const descriptions = resolveDescriptions(named, { text, tokens, cues: locale.entities, stopwords: locale.stopwords, sentenceOf: sentenceOfOffset(sentences) });
  const mentions = [...named, ...descriptions].sort((a, b) => a.start - b.start);
  const adjectives = findAdjectives(tokens, names, locale.language);
  const clusters = [...new Set(mentions.map((m) => m.cluster))];
  return {
    mentions,
    adjectives,
    clusters,
    inSentence: sentenceIndex(mentions, adjectives),
  };
}

/** The index of the sentence holding an offset (the last one starting at or before it). */
function sentenceOfOffset(sentences: Sentence[]): (offset: number) => number {
  return (offset) => Math.max(0, firstFrom(sentences, offset + 1) - 1);
}

/** First index of `xs` (sorted by start) whose start is ≥ `at`. */
function firstFrom<T extends { start: number }>(xs: T[], at: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A sentence's entities by binary search over mentions sorted once (not a scan of every mention per sentence). */
function sentenceIndex(mentions: ResolvedMention[], adjectives: ArticleEntities["adjectives"]) {
  const byStart = [...mentions].sort((a, b) => a.start - b.start);
  const adjectivesByStart = [...adjectives].sort((a, b) => a.start - b.start);
  return (s: Sentence) => {
    const m = byStart.slice(firstFrom(byStart, s.start), firstFrom(byStart, s.end));
    const a = adjectivesByStart.slice(firstFrom(adjectivesByStart, s.start), firstFrom(adjectivesByStart, s.end));
    return sentenceEntities(m, a, s);
  };
}

function sentenceEntities(mentions: ResolvedMention[], adjectives: ArticleEntities["adjectives"], s: Sentence): Entity[] {
  const out: Entity[] = [];
  for (const m of mentions) {
    if (m.start < s.start || m.end > s.end) continue;
    const type = outType(m.cluster.type);
    out.push({ name: m.cluster.canonical, type, role: roleOf(type), start: m.start - s.start, end: m.end - s.start, adjective: false, nation: m.cluster.nation, capitalOf: m.place?.capitalOf });
  }
  for (const a of adjectives) {
    if (a.start < s.start || a.end > s.end) continue;
    out.push({ name: a.place, type: "country", role: "place", start: a.start - s.start, end: a.end - s.start, adjective: true });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
