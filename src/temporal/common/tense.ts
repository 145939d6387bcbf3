/**
 * Tense direction of the clause around a temporal expression: -1 (past: look back from the
 * reference date), +1 (future/conditional: look forward), 0 (no cue). Each locale supplies a cue
 * regex with named groups `past` and `future`; the cue nearest to the expression inside its
 * sentence wins (ties go to the cue after the expression, where French/English verbs usually are).
 */
export type Direction = -1 | 0 | 1;

export interface TenseCues {
  /** Global, Unicode regex with named groups `past` and/or `future`. */
  cues: RegExp;
  /** Direction when the sentence has no cue (news: reporting defaults to the past). */
  fallback: Direction;
}

const SENTENCE_END = /[.!?\n;]/;

export function sentenceBounds(text: string, index: number, end: number): [number, number] {
  let s = index;
  while (s > 0 && !(SENTENCE_END.test(text[s - 1]) && (s - 1 === 0 || !/\d/.test(text[s - 2] ?? "") || text[s - 1] !== "."))) s--;
  let e = end;
  while (e < text.length && !SENTENCE_END.test(text[e])) e++;
  // Limit very long "sentences" (lists, tables) to a window around the expression.
  return [Math.max(s, index - 250), Math.min(e, end + 250)];
}

export function tenseAt(cues: TenseCues, text: string, index: number, end: number, fallback: Direction = cues.fallback): Direction {
  const [s, e] = sentenceBounds(text, index, end);
  const sentence = text.slice(s, e);
  const re = cues.cues;
  re.lastIndex = 0;
  let best: Direction = 0;
  let bestDist = Infinity;
  let m: RegExpExecArray | null;
  while ((m = re.exec(sentence))) {
    const ms = s + m.index;
    const me = ms + m[0].length;
    if (ms >= index && me <= end) continue; // inside the expression itself
    const dist = me <= index ? index - me + 1 : ms - end;
    const dir: Direction = m.groups?.future ? 1 : m.groups?.past ? -1 : 0;
    if (dir !== 0 && dist < bestDist) {
      best = dir;
      bestDist = dist;
    }
  }
  return bestDist === Infinity ? fallback : best;
}
