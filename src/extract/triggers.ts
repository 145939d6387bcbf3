/** Event-trigger detection in a span of text with the locale's lexicon. */
import type { LocaleData, TriggerEntry } from "../languages";
export type { TriggerEntry };
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
    const generic: TriggerEntry = {
      kind: "other",
      sense: "generic",
      pos: "verb",
      pattern: locale.genericVerb,
      verb: "",
      noun: locale.headline?.eventNoun ?? "",
      placePrep: locale.headline?.inWord,
      priority: -1,
    };
    c = [...locale.triggers, generic].map((entry) => ({
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
  // A word matched both as verb and noun ("rencontre") is a noun after a determiner.
  const det = locale.determinerBefore;
  for (const t of all) {
    const isNoun = !!det && det.test(text.slice(Math.max(0, t.start - offset - 12), t.start - offset));
    if ((t.entry.pos === "noun") === isNoun) (t as TriggerMatch & { bonus?: number }).bonus = 1;
  }
  // A generic predicate right after a determiner is an adjective or a noun ("his armoured train").
  const adjectival = (t: TriggerMatch) => t.entry.sense === "generic" && !!det && !/\s/u.test(t.text) && det.test(text.slice(Math.max(0, t.start - offset - 12), t.start - offset));
  for (let i = all.length - 1; i >= 0; i--) if (adjectival(all[i])) all.splice(i, 1);
  const bonus = (t: TriggerMatch) => (t as TriggerMatch & { bonus?: number }).bonus ?? 0;
  all.sort((a, b) => (b.entry.priority ?? 0) - (a.entry.priority ?? 0) || b.end - b.start - (a.end - a.start) || bonus(b) - bonus(a) || a.start - b.start);
  // Idioms that only look like triggers ("à partir de", "par rapport à").
  const blocked: [number, number][] = [];
  locale.notTriggers.lastIndex = 0;
  for (let m = locale.notTriggers.exec(text); m; m = locale.notTriggers.exec(text)) blocked.push([offset + m.index, offset + m.index + m[0].length]);
  const kept: TriggerMatch[] = [];
  for (const t of all) {
    if (blocked.some(([s, e]) => t.start < e && s < t.end)) continue;
    if (!kept.some((k) => t.start < k.end && k.start < t.end)) kept.push(t);
  }
  return kept.sort((a, b) => a.start - b.start);
}
