/** Event-trigger detection in a span of text with the locale's lexicon. */
import type { LocaleData, TriggerEntry } from "./locales";
import { WB_L, WB_R } from "./text-utils";

export interface TriggerMatch {
  entry: TriggerEntry;
  start: number;
  end: number;
  text: string;
}

const cache = new WeakMap<LocaleData, { entry: TriggerEntry; re: RegExp }[]>();

function compiled(locale: LocaleData) {
  let c = cache.get(locale);
  if (!c) {
    c = locale.triggers.map((entry) => ({
      entry,
      re: new RegExp(`${WB_L}(?:${entry.pattern})${WB_R}`, entry.caseSensitive ? "gu" : "giu"),
    }));
    cache.set(locale, c);
  }
  return c;
}

/** Non-overlapping triggers (longest, then highest priority wins), sorted by position. */
export function findTriggers(text: string, locale: LocaleData, offset = 0): TriggerMatch[] {
  const all: TriggerMatch[] = [];
  for (const { entry, re } of compiled(locale)) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      // Case-sensitive entries still accept a sentence-initial capital.
      all.push({ entry, start: offset + m.index, end: offset + m.index + m[0].length, text: m[0] });
    }
  }
  all.sort((a, b) => (b.entry.priority ?? 0) - (a.entry.priority ?? 0) || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: TriggerMatch[] = [];
  for (const t of all) if (!kept.some((k) => t.start < k.end && k.start < t.end)) kept.push(t);
  return kept.sort((a, b) => a.start - b.start);
}
