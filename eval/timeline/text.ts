/**
 * Article text rebuilt from the corpus tokens: tokens joined with the usual English spacing
 * ("Apple 's" → "Apple's", "store ," → "store,", "£ 0.79" → "£0.79", quotes attached inside), one
 * corpus sentence per line, so each corpus sentence's character span in the text is known.
 */
import type { CorpusArticle } from "./corpus";

export interface SentenceSpan {
  /** Corpus <s id>. */
  id: number;
  start: number;
  end: number;
}

export interface RebuiltText {
  text: string;
  spans: SentenceSpan[];
}

const NO_SPACE_BEFORE = /^(?:[,.;:!?%)\]}]|'s|'re|'ve|'ll|'d|'m|n't|’s|'|\.\.\.)$/i;
const NO_SPACE_AFTER = /^[([{$£€#]$/;
const QUOTE = /^(?:"|``|''|“|”)$/;

export function detokenize(tokens: string[]): string {
  let out = "";
  let glueNext = false;
  let quoteOpen = false;
  for (const raw of tokens) {
    let tok = raw;
    let glueThis = glueNext || out === "";
    glueNext = false;
    if (QUOTE.test(tok)) {
      tok = '"';
      if (quoteOpen) glueThis = true;
      else glueNext = true;
      quoteOpen = !quoteOpen;
    } else if (NO_SPACE_BEFORE.test(tok)) glueThis = true;
    if (NO_SPACE_AFTER.test(tok)) glueNext = true;
    out += (glueThis ? "" : " ") + tok;
  }
  return out;
}

export function rebuildText(article: CorpusArticle): RebuiltText {
  let text = "";
  const spans: SentenceSpan[] = [];
  for (const s of article.sentences) {
    if (text) text += "\n";
    const t = detokenize(s.tokens);
    spans.push({ id: s.id, start: text.length, end: text.length + t.length });
    text += t;
  }
  return { text, spans };
}
