/**
 * Headlines of feed items (planned incidents) with fewer than two content words. A content word is
 * a word that is not a stop word of the incident's language pack.
 */
import { getLocale } from "../../src/languages";
import type { PlannedIncident } from "../../src/merge/types";

/** The one place the stop words come from: the language pack's extraction data (src/languages/<code>/). */
export function stopwordsFor(language: string): Set<string> {
  return getLocale(language).stopwords;
}

export function contentWords(title: string, language: string): string[] {
  const stop = stopwordsFor(language);
  return title
    .split(/[^\p{L}\p{N}'’-]+/u)
    .map((w) => w.replace(/^['’-]+|['’-]+$/g, ""))
    .filter((w) => /[\p{L}\p{N}]/u.test(w) && !stop.has(w.toLowerCase()));
}

export interface HeadlineReport {
  total: number;
  short: { title: string; words: number }[];
  worst: { title: string; words: number }[];
}

export function headlineReport(incidents: PlannedIncident[], languageOf: (inc: PlannedIncident) => string, worstN = 8): HeadlineReport {
  const scored = incidents.map((i) => ({ title: i.title, words: contentWords(i.title, languageOf(i)).length }));
  const short = scored.filter((s) => s.words < 2);
  const seen = new Set<string>();
  const worst = [...scored]
    .sort((a, b) => a.words - b.words || a.title.length - b.title.length || a.title.localeCompare(b.title))
    .filter((s) => !seen.has(s.title) && seen.add(s.title))
    .slice(0, worstN);
  return { total: incidents.length, short, worst };
}
