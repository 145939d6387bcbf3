/**
 * Capitalised-span chunking: the candidate names of a text, without any list of names. A span is a
 * run of capitalised tokens ("General Motors", "Kim Jong-un", "U.S."), possibly joined by the
 * language's connectors ("Bank of America", "Corée du Nord"), cut at punctuation and at dates, with
 * possessives ("Boeing's") and elisions ("l'Ukraine") taken off. Sentence-initial words are names only
 * when the article also writes them capitalised elsewhere, or never in lower case.
 */
import type { EntityCues } from "../../languages";
import { foldWord } from "../../entities/key";

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower-case, accent-free form (Cyrillic kept: the packs' cue words are written in their script). */
  norm: string;
  cap: boolean;
  /** Written with a possessive ("Boeing's"): a name ends here. */
  possessive?: boolean;
}

export interface Span {
  start: number;
  end: number;
  tokens: Token[];
  /** The span opens a sentence (its first word may be an ordinary word written with a capital). */
  initial: boolean;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.&-]*/gu;
const ELISION = /^\p{Ll}{1,5}['’](?=\p{Lu})/u;
const POSSESSIVE = /(?<=\p{L})['’]s?$/u;

/** A token is capitalised when it starts with an upper-case letter, or has one inside ("iPhone", "eBay"). */
const isCap = (t: string) => /^\p{Lu}/u.test(t) || /^\p{Ll}{1,2}\p{Lu}/u.test(t);

function cleanToken(raw: string, start: number): Token | null {
  let text = raw;
  let s = start;
  const el = ELISION.exec(text);
  if (el) {
    text = text.slice(el[0].length);
    s += el[0].length;
  }
  // A final dot is a sentence end unless the token is an abbreviation ("U.S.", "Inc.", "J.").
  if (text.endsWith(".") && !/\p{L}\.\p{L}/u.test(text) && !/^\p{Lu}\.$/u.test(text)) text = text.slice(0, -1);
  const poss = POSSESSIVE.exec(text);
  if (poss) text = text.slice(0, poss.index);
  text = text.replace(/[-'’]+$/u, "");
  if (!text) return null;
  return { start: s, end: s + text.length, text, norm: foldWord(text), cap: isCap(text), possessive: !!poss };
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const t = cleanToken(m[0], m.index);
    if (t) out.push(t);
  }
  return out;
}

/** Only spaces (or one hyphen) between two tokens: they may belong to one name. */
const joinable = (text: string, a: Token, b: Token) => /^[ \t]?$|^ ?- ?$/u.test(text.slice(a.end, b.start));

function isSentenceStart(text: string, pos: number, starts: Set<number>): boolean {
  let i = pos - 1;
  while (i >= 0 && /[\s«"“'‘(\-–—]/u.test(text[i])) i--;
  return i < 0 || starts.has(pos) || /[.!?:;\n]/u.test(text[i]) || starts.has(i + 1);
}

export interface ChunkContext {
  cues: EntityCues;
  stopwords: Set<string>;
  /** Offsets where sentences start. */
  sentenceStarts: Set<number>;
  /** Spans of temporal expressions (names never cross them). */
  blocked: { start: number; end: number }[];
}

/**
 * A test "does [start, end) overlap one of the spans?" in O(log n) per call: spans sorted by start
 * with the running maximum of their ends (a scan of every span per token was quadratic).
 */
function overlapTest(spans: { start: number; end: number }[]): (t: { start: number; end: number }) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  for (const [i, b] of sorted.entries()) maxEnd.push(Math.max(b.end, i ? maxEnd[i - 1] : -Infinity));
  return (t) => {
    // Last span starting before t.end: some span overlaps iff the largest end up to it passes t.start.
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].start < t.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && maxEnd[lo - 1] > t.start;
  };
}

/** The longest name a span may be, in tokens ("Ministry of Foreign Affairs of the Russian Federation" is 8):
 * a longer run of capitalised words (a title in capitals, a list, "Monday Monday …") is cut into spans of
 * this length, so what is done per span stays bounded. */
const MAX_SPAN_TOKENS = 12;

/** Digits then capitals ("3G", "4S", "5GX"): a model designation, which may precede the name it qualifies. */
const MODEL_LEAD = /^\d{1,2}\p{Lu}[\p{Lu}\d]{0,2}$/u;

/** Raw capitalised spans of `text` (whose tokens are `tokens`), in order. */
export function capitalisedSpans(text: string, ctx: ChunkContext, tokens: Token[] = tokenize(text)): Span[] {
  const inDate = overlapTest(ctx.blocked);
  const spans: Span[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    // A model designation before the name ("3G iPhone", "4S iPhone") opens it.
    const lead = MODEL_LEAD.test(t.text) && i + 1 < tokens.length && tokens[i + 1].cap && joinable(text, t, tokens[i + 1]) && !inDate(tokens[i + 1]);
    if ((!t.cap && !lead) || inDate(t)) {
      i++;
      continue;
    }
    const run: Token[] = [t];
    let j = i + 1;
    while (j < tokens.length && run.length < MAX_SPAN_TOKENS && !run[run.length - 1].possessive) {
      const prev = run[run.length - 1];
      const next = tokens[j];
      if (!joinable(text, prev, next) || inDate(next)) break;
      if (next.cap) {
        run.push(next);
        j++;
        continue;
      }
      // A model number continues a name ("iPhone 3G", "Boeing 787", "Airbus A380"), not an amount ("GM 60%").
      if (/^\d[\dA-Za-z]{0,3}$/u.test(next.text) && !/^\s*(?:%|[.,]\d)/u.test(text.slice(next.end))) {
        run.push(next);
        j++;
        continue;
      }
      // Connector(s) followed by a capitalised token: "Bank of America", "Corée du Nord".
      let k = j;
      while (k < tokens.length && k - j < 2 && ctx.cues.connectors.has(tokens[k].norm) && !tokens[k].cap && joinable(text, tokens[k - 1] ?? prev, tokens[k])) k++;
      if (k > j && k < tokens.length && tokens[k].cap && joinable(text, tokens[k - 1], tokens[k]) && !inDate(tokens[k])) {
        run.push(...tokens.slice(j, k + 1));
        j = k + 1;
        continue;
      }
      break;
    }
    spans.push({ start: run[0].start, end: run[run.length - 1].end, tokens: run, initial: isSentenceStart(text, run[0].start, ctx.sentenceStarts) });
    i = j;
  }
  return spans;
}
