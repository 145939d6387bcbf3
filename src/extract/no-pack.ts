/**
 * A language without a pack in src/languages/ (Korean, Japanese, Arabic …): the article is stored and
 * processed, but no trigger, kind or entity cue of any language is applied to it — another language's
 * triggers would only find false incidents. What it still gives: its clean text, its language and its
 * publication date — as provided, from the HTML metadata, else from a numeric date on one of the first
 * lines (a stamp such as "2023-09-12 10:30" or "12/09/2023", read by the numeric-only temporal locale
 * of src/temporal/common/numeric-locale.ts), else the time received. The warning says so on the
 * article and on POST /api/extract.
 */
import { getPack, primaryLanguage } from "../languages";
import { tag } from "../temporal";

export const hasPack = (language: string): boolean => getPack(language) !== undefined;

/** The warning of an article in a language without a pack ("code: reason", like the limits' warnings). */
export function noPackWarning(language: string): string {
  return `no_language_pack: no language pack for ${primaryLanguage(language)}: only numeric dates are read; no incidents`;
}

/** Lines of the page head searched for a numeric date stamp, and their longest. */
const HEAD_LINES = 5;
const STAMP_LINE_MAX = 60;

/** The day of the first numeric date on a short line of the page head, not after the day received (or null). */
export function numericPublicationDay(raw: string, language: string, receivedAt: string): string | null {
  const received = receivedAt.slice(0, 10);
  const head = raw.split("\n").map((l) => l.trim()).filter(Boolean).slice(0, HEAD_LINES);
  for (const line of head) {
    if (line.length > STAMP_LINE_MAX) continue;
    for (const m of tag(line, { referenceDate: receivedAt, language })) {
      const day = /^\d{4}-\d{2}-\d{2}/.exec(m.value)?.[0];
      if (day && day <= received) return day;
    }
  }
  return null;
}
