/**
 * Wire datelines: "MOSCOU, 18 mars 2026 (AFP) - …", "VLADIVOSTOK, Russia, March 17 (Reuters) - …",
 * "Vladivostok (Rusia), 18 de marzo de 2026 (EFE).- …", "ХАСАН, 17 марта. /ТАСС/. …". The date of a
 * dateline is when the story was filed, not when its events happened. Language-free: a line that
 * opens with a capitalised place and a comma, then the date, then an optional credit and a dash
 * or a full stop.
 */
const PLACE_BEFORE = /^\s*\p{Lu}[\p{L}\p{M}\s.'’()\/-]{0,40}(?:,\s*\p{Lu}[\p{L}\p{M}\s.'’()\/-]{0,30})?,\s*$/u;
const CREDIT_AFTER = /^\s*(?:\d{4}\s*)?\.?\s*(?:\([^()\n]{1,40}\)|\/[^/\n]{1,40}\/)?\s*(?:\.?\s*[-–—]|\.-|\.(?=\s)|$)/u;

/** Characters before a date searched for its line's start: PLACE_BEFORE matches ~75 (plus whitespace runs, collapsed in article text). */
const LINE_REACH = 200;

/** True when the date at [start, end) is the dateline of its line (a line that opens further back is none: never a scan back to it per date). */
export function isDatelineDate(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - LINE_REACH);
  const before = text.slice(from, start);
  const nl = before.lastIndexOf("\n");
  if (nl < 0 && from > 0) return false;
  return PLACE_BEFORE.test(before.slice(nl + 1)) && CREDIT_AFTER.test(text.slice(end, end + 60));
}
