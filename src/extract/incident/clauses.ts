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
