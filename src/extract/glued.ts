/**
 * Words glued by HTML extraction ("Kim Jong Unparti ce dimanche"): a capitalised token that is a name
 * the article writes on its own elsewhere, followed by a lower-case word of the language (a function
 * word or an event trigger), is split in two. No list of names: the article's own words tell.
 */
import type { LocaleData } from "../languages";
import { findTriggers } from "./triggers";

const TOKEN = /(?<![\p{L}])\p{Lu}[\p{L}'’-]{3,40}(?![\p{L}])/gu;

function isWord(w: string, locale: LocaleData): boolean {
  return locale.stopwords.has(w) || findTriggers(w, locale).some((t) => t.start === 0 && t.end === w.length);
}

/** How often each capitalised token occurs (one pass: counting each token by splitting the text was quadratic). */
function tokenCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(TOKEN)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  return counts;
}

export function repairGlued(text: string, locale: LocaleData): string {
  const standalone = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}])\p{Lu}[\p{L}'’-]*(?![\p{L}])/gu)) {
    standalone.add(m[0]);
    // "Jong-un" also vouches for "Un".
    for (const part of m[0].split("-").slice(1)) standalone.add(part.charAt(0).toUpperCase() + part.slice(1));
  }
  const counts = tokenCounts(text);
  return text.replace(TOKEN, (all: string) => {
    if ((counts.get(all) ?? 0) > 1) return all;
    for (let i = 2; i <= all.length - 2; i++) {
      const head = all.slice(0, i);
      const tail = all.slice(i);
      if (/^\p{Ll}/u.test(tail) && standalone.has(head) && isWord(tail, locale)) return `${head} ${tail}`;
    }
    return all;
  });
}
