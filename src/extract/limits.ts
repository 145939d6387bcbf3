/**
 * What one article may cost, applied before the work. Each limit that cuts something says so in the
 * extraction's `warnings` (a stable code, a colon, a short reason): nothing is dropped silently.
 *
 * The figures fit every real article (the longest document of the corpora has ~21 000 characters of
 * text, long-form features ~60 000; a sentence of news prose rarely passes 600 characters) while keeping the worst input
 * inside the Workers budget (see `npm run bench:worst`).
 */
import type { TemporalMention } from "../temporal/types";

export const LIMITS = {
  /** HTML characters parsed, once comments, scripts, styles and SVG are dropped (the rest of the page is not read). */
  htmlChars: 500_000,
  /** Element nesting above which Readability (whose scoring re-reads subtrees) is skipped. */
  htmlDepth: 200,
  /** Elements above which Readability is skipped (plain block text of the body instead). */
  htmlElements: 5_000,
  /** Characters of article text processed (after HTML cleaning); the rest is not processed. */
  textChars: 100_000,
  /** A "sentence" longer than this is split at clause boundaries, else at spaces, else anywhere. */
  sentenceChars: 1_000,
  /** Temporal expressions kept per article (in text order); the tagger stops once they are found. 2.5 × the
   * incident limit (the densest corpus document has 34 in 16 000 characters; 8 per 1 000 characters at most). */
  dateMentions: 500,
  /** Text tagged at once (cut at a paragraph break); a longer article is tagged chunk by chunk. */
  tagChunkChars: 20_000,
  /** Incidents kept per article (in text order). */
  incidents: 200,
} as const;

export type Warning = string;
export const warning = (code: string, reason: string): Warning => `${code}: ${reason}`;

/** The text cut to `max` characters at the last paragraph or space break before it (never mid-pair). */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max;
  const para = text.lastIndexOf("\n", max);
  const space = text.lastIndexOf(" ", max);
  if (para > max * 0.9) cut = para;
  else if (space > max * 0.9) cut = space;
  // Never split a surrogate pair.
  const c = text.charCodeAt(cut - 1);
  if (c >= 0xd800 && c <= 0xdbff) cut--;
  return text.slice(0, cut);
}

/**
 * Article text, normalised, within LIMITS.textChars, with a warning when it was cut. `normalize` never
 * lengthens a text and works on runs of characters, so a long text is normalised from a prefix of twice
 * the limit (its first characters are the whole text's) instead of all of it; the whole is read only when
 * the prefix shrank to the limit.
 */
export function limitText(raw: string, normalize: (s: string) => string, warnings: Warning[]): string {
  const max = LIMITS.textChars;
  let text = normalize(raw.length > 2 * max ? raw.slice(0, 2 * max) : raw);
  if (raw.length > 2 * max && text.length <= max + 1) text = normalize(raw);
  if (text.length <= max) return text;
  const kept = truncateText(text, max);
  warnings.push(warning("text_truncated", `text of ${raw.length} characters: first ${kept.length} processed (limit ${max})`));
  return kept;
}

/** Where a chunk of at most `max` characters from `from` ends: a paragraph, else a sentence, else a space. */
function chunkEnd(text: string, from: number, max: number): number {
  if (text.length - from <= max) return text.length;
  const window = text.slice(from, from + max);
  for (const sep of ["\n", ". ", " "]) {
    const at = window.lastIndexOf(sep);
    if (at > max / 2) return from + at + sep.length;
  }
  return from + max;
}

/** Smallest chunk tagged once the density of dates says the limit is near. */
const MIN_CHUNK_CHARS = 2_000;

/**
 * Characters to tag next, `found` expressions having been found in the first `read` characters: a whole
 * chunk, unless at that density the limit is reached well inside it (only text denser in dates than any
 * real article, ~20 per 1 000 characters): then a quarter more than the text that should hold the rest.
 */
function chunkBudget(found: number, read: number): number {
  if (!found || !read) return LIMITS.tagChunkChars;
  const guess = Math.ceil(((LIMITS.dateMentions - found) / found) * read * 1.25);
  return Math.min(LIMITS.tagChunkChars, Math.max(MIN_CHUNK_CHARS, guess));
}

/**
 * Temporal expressions of the text, tagged chunk by chunk (LIMITS.tagChunkChars, cut at paragraph
 * breaks) until LIMITS.dateMentions are found: the tagger never works on text whose expressions would
 * be dropped. An article shorter than one chunk is tagged in one piece.
 */
export function tagBounded(text: string, tag: (chunk: string) => TemporalMention[], warnings: Warning[]): TemporalMention[] {
  const out: TemporalMention[] = [];
  for (let from = 0; from < text.length; ) {
    const to = chunkEnd(text, from, chunkBudget(out.length, from));
    for (const m of tag(text.slice(from, to))) out.push(from ? { ...m, start: m.start + from, end: m.end + from } : m);
    if (out.length >= LIMITS.dateMentions && to < text.length) {
      warnings.push(warning("dates_capped", `${LIMITS.dateMentions} temporal expressions reached at character ${to} of ${text.length}: rest of text not searched for dates`));
      return out.slice(0, LIMITS.dateMentions);
    }
    from = to;
  }
  return capList(out, LIMITS.dateMentions, "dates_capped", "temporal expressions", warnings);
}

/**
 * The first LIMITS.incidents incidents of an article whose sentences were read up to `read` of `total`
 * (extraction stops once more than the limit are found), with a warning saying where the cut fell.
 */
export function capIncidents<T>(incidents: T[], read: number, total: number, warnings: Warning[]): T[] {
  if (incidents.length <= LIMITS.incidents) return incidents;
  warnings.push(warning("incidents_capped", `over ${LIMITS.incidents} incidents found in sentences 1–${read} of ${total}: first ${LIMITS.incidents} kept, later sentences not read`));
  return incidents.slice(0, LIMITS.incidents);
}

/** The first `max` items, with a warning naming what was left out. */
export function capList<T>(items: T[], max: number, code: string, what: string, warnings: Warning[]): T[] {
  if (items.length <= max) return items;
  warnings.push(warning(code, `${items.length} ${what} found: first ${max} kept`));
  return items.slice(0, max);
}
