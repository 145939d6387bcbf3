/**
 * Wire datelines: "MOSCOU, 18 mars 2026 (AFP) - …", "VLADIVOSTOK, Russia, March 17 (Reuters) - …",
 * "Vladivostok (Rusia), 18 de marzo de 2026 (EFE).- …", "ХАСАН, 17 марта. /ТАСС/. …". The date of a
 * dateline is when the story was filed, not when its events happened. Language-free: a line that
 * opens with a capitalised place and a comma, then the date, then an optional credit and a dash
 * or a full stop.
 */
const PLACE_BEFORE = /^\s*\p{Lu}[\p{L}\p{M}\s.'’()\/-]{0,40}(?:,\s*\p{Lu}[\p{L}\p{M}\s.'’()\/-]{0,30})?,\s*$/u;
const CREDIT_AFTER = /^\s*(?:\d{4}\s*)?\.?\s*(?:\([^()\n]{1,40}\)|\/[^/\n]{1,40}\/)?\s*(?:\.?\s*[-–—]|\.-|\.(?=\s)|$)/u;

/** True when the date at [start, end) is the dateline of its line. */
export function isDatelineDate(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  return PLACE_BEFORE.test(text.slice(lineStart, start)) && CREDIT_AFTER.test(text.slice(end, end + 60));
}
