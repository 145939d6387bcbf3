/** Small text helpers shared by extraction and merging (pure, length-preserving where noted). */

/** Fold one character: strip diacritics, lowercase, unify apostrophes/dashes. Always returns 1 char. */
function foldChar(c: string): string {
  // ASCII: only case and the backquote change.
  if (c.length === 1 && c.charCodeAt(0) < 0x80) return c === "`" ? "'" : c.toLowerCase();
  if (c === "’" || c === "ʼ" || c === "‘" || c === "`") return "'";
  if (c === "–" || c === "—" || c === "‑" || c === "‐") return "-";
  if (c === "œ") return "o";
  if (c === "Œ") return "o";
  const f = c.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  return f.length === 1 ? f : c.toLowerCase().length === 1 ? c.toLowerCase() : c;
}

/** Length-preserving fold (same UTF-16 offsets as the input for BMP text). */
export function foldKeepOffsets(s: string): string {
  let out = "";
  for (const ch of s) {
    const f = foldChar(ch);
    out += f.length === ch.length ? f : ch;
  }
  return out;
}

/** Fold for comparison: diacritics/case/punctuation-insensitive, hyphens and spaces unified. */
export function fold(s: string): string {
  return foldKeepOffsets(s).replace(/[-'\s]+/g, " ").trim();
}

export const LETTER = "\\p{L}";
/** Lookbehind/lookahead word boundaries that work with accented letters. */
export const WB_L = "(?<![\\p{L}\\p{N}])";
export const WB_R = "(?![\\p{L}\\p{N}])";

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function uniqSorted(xs: Iterable<string>): string[] {
  return [...new Set(xs)].sort();
}
