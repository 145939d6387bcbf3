/** Clause boundaries of a sentence (the locale's clause breaks): dates and participants attach within a clause. */
import type { LocaleData } from "../../languages";

const cache = new WeakMap<RegExp, RegExp>();

function globalBreak(locale: LocaleData): RegExp {
  let re = cache.get(locale.clauseBreak);
  if (!re) {
    const flags = locale.clauseBreak.flags.includes("g") ? locale.clauseBreak.flags : locale.clauseBreak.flags + "g";
    re = new RegExp(locale.clauseBreak.source, flags);
    cache.set(locale.clauseBreak, re);
  }
  return re;
}

/** Offsets where clauses start, plus the sentence length. */
export function clauseBounds(sentence: string, locale: LocaleData): number[] {
  const cuts = [0];
  const re = globalBreak(locale);
  re.lastIndex = 0;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    cuts.push(m.index);
    if (m[0].length === 0) re.lastIndex++;
  }
  cuts.push(sentence.length);
  return cuts;
}

export function clauseIndex(cuts: number[], pos: number): number {
  for (let i = cuts.length - 1; i >= 0; i--) if (pos >= cuts[i]) return i;
  return 0;
}

const OPENING = new Map([["“", "”"], ["«", "»"], ["‘", "’"]]);
const QUOTE_CHARS = /["“”«»]/u;

/**
 * Offsets inside quotations (`true` from the opening mark to the closing one, marks included): a
 * quotation is part of its clause ("Steve called podcasting "Wayne's World for radio""), its commas
 * and marks break nothing. Straight quotes pair in order; an unclosed mark quotes nothing.
 */
export function quotedSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const close = c === '"' ? '"' : OPENING.get(c);
    if (!close || (c === "‘" && /\p{L}/u.test(text[i - 1] ?? ""))) continue;
    const j = text.indexOf(close, i + 1);
    if (j < 0) continue;
    out.push([i, j]);
    i = j;
  }
  return out;
}

/** The clause [start, end) holding `pos`, with its quotations whole: clause breaks inside quotes or at quote marks do not cut. */
export function quotedClause(sentence: string, pos: number, locale: LocaleData): { start: number; end: number } {
  const quotes = quotedSpans(sentence);
  const inQuote = (i: number) => quotes.some(([a, b]) => i >= a && i <= b);
  const cuts = clauseBounds(sentence, locale).filter((c, k, all) => k === 0 || k === all.length - 1 || (!inQuote(c) && !QUOTE_CHARS.test(sentence[c] ?? "")));
  const i = clauseIndex(cuts, pos);
  return { start: cuts[i], end: cuts[i + 1] ?? sentence.length };
}
