/**
 * Tense direction of the clause around a temporal expression: -1 (past: look back from the
 * reference date), +1 (future/conditional: look forward), 0 (no cue). Each locale supplies a cue
 * regex with named groups `past`, `future` and optionally `report` (reporting verbs: past, own clause
 * only) and `present` (a cue without direction: the nearest date); the cue nearest to the expression inside its
 * sentence wins (ties go to the cue after the expression, where French/English verbs usually are).
 */
import { compile } from "./regex";

export type Direction = -1 | 0 | 1;

export interface TenseCues {
  /** Global, Unicode regex with named groups `past` and/or `future` (and optionally `report`). */
  cues: RegExp;
  /** Direction when the sentence has no cue (news: reporting defaults to the past). */
  fallback: Direction;
  /** What separates two clauses in this language (a cue across it counts less): punctuation and words that open a
   *  clause ("et", "que", "and", "which"). Without it, only punctuation separates clauses. */
  clauseBreak?: RegExp;
  /** Abbreviations whose period does not end a sentence ("Sept", "Mr", "Gen", « janv », « Mme »). Regex source,
   *  case-sensitive. A single capital ("M. Poutine", "J. Smith") never ends one, in any language. */
  abbreviations?: string;
}

interface Compiled {
  clauseBreak: RegExp;
  abbreviation: RegExp;
}

const compiledCache = new WeakMap<TenseCues, Compiled>();

function compiled(cues: TenseCues): Compiled {
  let c = compiledCache.get(cues);
  if (!c) {
    const abbr = cues.abbreviations ? `|${cues.abbreviations}` : "";
    c = {
      clauseBreak: cues.clauseBreak ?? /[,;:(«»"]/,
      abbreviation: new RegExp(`(?:^|[^\\p{L}])(?:\\p{Lu}${abbr})$`, "u"),
    };
    compiledCache.set(cues, c);
  }
  return c;
}

/** Whether the character at `i` ends a sentence: a period after a digit ("30.4", "1990.") or after an
 * abbreviation, or followed by a lower-case word, does not. */
function endsSentence(text: string, i: number, abbreviation: RegExp): boolean {
  const ch = text[i];
  if (ch !== "." && ch !== "!" && ch !== "?" && ch !== "\n" && ch !== ";") return false;
  if (ch !== ".") return true;
  if (/\d/.test(text[i - 1] ?? "")) return false;
  if (abbreviation.test(text.slice(Math.max(0, i - 6), i))) return false;
  return !/^\s*\p{Ll}/u.test(text.slice(i + 1, i + 4));
}

export function sentenceBounds(text: string, index: number, end: number, cues: TenseCues): [number, number] {
  const { abbreviation } = compiled(cues);
  // Very long "sentences" (lists, tables) are limited to a window of 250 characters around the expression.
  const sMin = Math.max(0, index - 250);
  const eMax = Math.min(text.length, end + 250);
  let s = index;
  while (s > sMin && !endsSentence(text, s - 1, abbreviation)) s--;
  let e = end;
  while (e < eMax && !endsSentence(text, e, abbreviation)) e++;
  return [s, e];
}

export interface Cue {
  start: number;
  end: number;
  dir: Direction;
  /** A reporting verb ("said", "told"): past, but a trailing attribution in another clause does not
   * count ("Kim arrives Wednesday, officials said" takes its tense from "arrives", not from "said"). */
  report?: boolean;
}

/** All tense cues of a text, found in one pass (the refiner queries them per expression). */
export function findCues(cues: TenseCues, text: string): Cue[] {
  const out: Cue[] = [];
  const re = cues.cues;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const report = !!m.groups?.report;
    const dir: Direction = m.groups?.future ? 1 : m.groups?.past || report ? -1 : 0;
    // A present-tense verb ("is", "are") is a cue without direction: its clause resolves to the nearest date.
    if (dir || m.groups?.present) out.push(report ? { start: m.index, end: m.index + m[0].length, dir, report } : { start: m.index, end: m.index + m[0].length, dir });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** Cues of the sentence around [index, end), memoised per sentence in `cache` when given. */
export function tenseAt(cues: TenseCues, text: string, index: number, end: number, fallback: Direction = cues.fallback, cache?: Map<string, Cue[]>): Direction {
  const [s, e] = sentenceBounds(text, index, end, cues);
  const { clauseBreak } = compiled(cues);
  const key = `${s}:${e}`;
  let list = cache?.get(key);
  if (!list) {
    list = findCues(cues, text.slice(s, e)).map((c) => ({ ...c, start: c.start + s, end: c.end + s }));
    cache?.set(key, list);
  }
  let best: Direction = 0;
  let bestDist = Infinity;
  // Cues are sorted by position: binary search the first one that may be inside the sentence.
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].end <= s) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < list.length && list[k].start < e; k++) {
    const c = list[k];
    if (c.start < s) continue;
    if (c.start >= index && c.end <= end) continue; // inside the expression itself
    let dist = c.end <= index ? index - c.end + 1 : c.start - end;
    // A cue in another clause ("… quitté Pyongyang dimanche soir et qu'il rencontrerait …") counts less
    // than one in the expression's own clause.
    const between = c.end <= index ? text.slice(c.end, index) : text.slice(end, c.start);
    if (clauseBreak.test(between)) {
      // A trailing attribution ("…, officials said") says nothing of the reported event's tense.
      if (c.report && c.start >= end) continue;
      dist += 1000;
    }
    if (dist < bestDist) {
      best = c.dir;
      bestDist = dist;
    }
  }
  return bestDist === Infinity ? fallback : best;
}

/** A language's tense cues, as regex sources of alternations (the packs' tense.ts). */
export interface TenseWords {
  future: string;
  past: string;
  /** Reporting verbs ("dice", "сообщает"): past, own clause only. */
  report?: string;
  /** Cues without direction ("es", "является"): the nearest date. */
  present?: string;
  /** Characters besides letters that may not stand right before a cue ("'’" in Italian: "l'anno"). */
  notAfter?: string;
  /** Case-sensitive cues (German and Dutch tell verbs from nouns by case); write sentence-initial forms with `sentenceCase`. */
  caseSensitive?: boolean;
}

/** The cue regex read by `tenseDirection`, with the named groups `future`, `past`, `report`, `present`. */
export function tenseCueRegex(w: TenseWords): RegExp {
  const before = w.notAfter ? `(?<![\\p{L}])(?<![${w.notAfter}])` : "(?<![\\p{L}])";
  return compile(
    `${before}(?:(?<future>${w.future})|(?<past>${w.past})|(?<report>${w.report ?? "(?!)"})|(?<present>${w.present ?? "(?!)"}))(?![\\p{L}])`,
    w.caseSensitive ? "gu" : "giu",
  );
}

/** Lower-case words of an alternation also matched with a capital (a sentence's first word): "zal|is" → "[zZ]al|[iI]s". */
export const sentenceCase = (list: string): string =>
  list
    .split("|")
    .map((w) => (/^\p{Ll}/u.test(w) ? `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}` : w))
    .join("|");
