/** Sentence segmentation with Intl.Segmenter, keeping UTF-16 offsets into the text. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

/** Abbreviations after which Intl.Segmenter splits but the sentence goes on ("M. Poutine"). */
const NON_FINAL =
  /(?:^|[\s(])(?:M|MM|Mme|Mmes|Mlle|Dr|Pr|St|Ste|Mr|Mrs|Ms|Gen|Gén|Gov|Sen|Rep|Sgt|Col|Lt|Jr|Sr|Corp|Inc|Co|Ltd|av|apr|J\.-C|cf|vol|p|n°|No|Jan|Feb|Fév|Mar|Apr|Avr|Aug|Sep|Sept|Oct|Nov|Dec|Déc|janv|févr|juil|a\.m|p\.m|U\.S|U\.N|[A-Z])\.\s*$/u;

export function segmentSentences(text: string, language: string): Sentence[] {
  const seg = new Intl.Segmenter(language, { granularity: "sentence" });
  const raw: { start: number; end: number }[] = [];
  for (const s of seg.segment(text)) {
    // Paragraph breaks always end a sentence.
    const parts = s.segment.split(/(\n\s*\n|\n)/);
    let off = s.index;
    for (const p of parts) {
      if (p.length && !/^\s*$/.test(p)) raw.push({ start: off, end: off + p.length });
      off += p.length;
    }
  }
  // Re-join splits after abbreviations.
  const merged: { start: number; end: number }[] = [];
  for (const r of raw) {
    const prev = merged[merged.length - 1];
    const next = text.slice(r.start, r.end).trimStart();
    const continues = NON_FINAL.test(text.slice(prev?.start ?? 0, prev?.end ?? 0)) || (/^[\p{Ll}\d]/u.test(next) && /[.!?]\s*$/.test(text.slice(prev?.start ?? 0, prev?.end ?? 0)) && !/[!?]\s*$/.test(text.slice(prev?.start ?? 0, prev?.end ?? 0)));
    if (prev && continues && !/\n/.test(text.slice(prev.end, r.start))) {
      prev.end = r.end;
    } else merged.push({ ...r });
  }
  const out: Sentence[] = [];
  for (const m of merged) {
    let { start, end } = m;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) out.push({ index: out.length, start, end, text: text.slice(start, end) });
  }
  return out;
}
