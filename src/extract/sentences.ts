/** Sentence segmentation with Intl.Segmenter, keeping UTF-16 offsets into the text. */
import { LIMITS } from "./limits";

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

/** Abbreviations after which Intl.Segmenter splits but the sentence goes on ("M. Poutine"). */
const NON_FINAL =
  /(?:^|[\s(])(?:M|MM|Mme|Mmes|Mlle|Dr|Pr|St|Ste|Mr|Mrs|Ms|Gen|Gén|Gov|Sen|Rep|Sgt|Col|Lt|Jr|Sr|Corp|Inc|Co|Ltd|av|apr|J\.-C|cf|vol|p|n°|No|Jan|Feb|Fév|Mar|Apr|Avr|Aug|Sep|Sept|Oct|Nov|Dec|Déc|janv|févr|juil|a\.m|p\.m|U\.S|U\.N|[A-Z])\.\s*$/u;

/** The last characters of a span: enough for the end-of-span tests, so that they cost O(1), not O(span). */
function tailOf(text: string, start: number, end: number): string {
  const from = Math.max(start, end - 40);
  // A cut tail starts with a letter, so that NON_FINAL's ^ never matches inside the span.
  return (from > start ? "x" : "") + text.slice(from, end);
}

/** Clause boundaries where an over-long "sentence" is split first: ; : , and dashes, followed by a space. */
const CLAUSE_END = /[;:,\u2013\u2014](?=\s)/g;

/**
 * Ends of the pieces of [start, end) of at most `max` characters each: at the last clause boundary of
 * the second half of each window, else at its last space, else at `max` (never inside a surrogate pair).
 */
export function splitLong(text: string, start: number, end: number, max: number = LIMITS.sentenceChars): number[] {
  const ends: number[] = [];
  let from = start;
  while (end - from > max) {
    const window = text.slice(from, from + max);
    let cut = -1;
    CLAUSE_END.lastIndex = Math.floor(max / 2);
    for (let m = CLAUSE_END.exec(window); m; m = CLAUSE_END.exec(window)) cut = m.index + 1;
    if (cut < 0) {
      const space = window.lastIndexOf(" ");
      cut = space > max / 2 ? space + 1 : max;
    }
    const c = text.charCodeAt(from + cut - 1);
    if (c >= 0xd800 && c <= 0xdbff) cut--;
    ends.push(from + cut);
    from += cut;
  }
  ends.push(end);
  return ends;
}

const SEGMENT_CHUNK = 4_000;

function chunkEnd(text: string, from: number): number {
  if (text.length - from <= SEGMENT_CHUNK) return text.length;
  const window = text.slice(from, from + SEGMENT_CHUNK);
  for (const sep of ["\n", ". ", " "]) {
    const at = window.lastIndexOf(sep);
    if (at > SEGMENT_CHUNK / 2) return from + at + sep.length;
  }
  return from + SEGMENT_CHUNK;
}

export function segmentSentences(text: string, language: string): Sentence[] {
  const seg = new Intl.Segmenter(language, { granularity: "sentence" });
  const raw: { start: number; end: number }[] = [];
  // V8's segment iterator gets slower with the length of the string (quadratic over a long text):
  // segment pieces of SEGMENT_CHUNK cut at line breaks, else after a full stop (re-joined below when
  // that was an abbreviation), else at a space.
  for (let from = 0; from < text.length; ) {
    const to = chunkEnd(text, from);
    for (const s of seg.segment(text.slice(from, to))) {
      // Paragraph breaks always end a sentence.
      const parts = s.segment.split(/(\n\s*\n|\n)/);
      let off = from + s.index;
      for (const p of parts) {
        if (p.length && !/^\s*$/.test(p)) raw.push({ start: off, end: off + p.length });
        off += p.length;
      }
    }
    from = to;
  }
  // Re-join splits after abbreviations.
  const merged: { start: number; end: number }[] = [];
  for (const r of raw) {
    const prev = merged[merged.length - 1];
    const next = text.slice(r.start, Math.min(r.end, r.start + 40)).trimStart();
    const tail = prev ? tailOf(text, prev.start, prev.end) : "";
    const continues = NON_FINAL.test(tail) || (/^[\p{Ll}\d]/u.test(next) && /[.!?]\s*$/.test(tail) && !/[!?]\s*$/.test(tail));
    if (prev && continues && !/\n/.test(text.slice(prev.end, r.start))) {
      prev.end = r.end;
    } else merged.push({ ...r });
  }
  const out: Sentence[] = [];
  for (const m of merged) {
    // Over-long "sentences" (no punctuation, lists, tables flattened to one line) become pieces.
    let from = m.start;
    for (const to of splitLong(text, m.start, m.end)) {
      let start = from;
      let end = to;
      from = to;
      while (start < end && /\s/.test(text[start])) start++;
      while (end > start && /\s/.test(text[end - 1])) end--;
      if (end > start) out.push({ index: out.length, start, end, text: text.slice(start, end) });
    }
  }
  return out;
}
