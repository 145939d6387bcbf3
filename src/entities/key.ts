/**
 * Alias keys for names across spellings, languages and scripts: "Choïgou" / "Shoigu", "Khassan" /
 * "Khasan", "Poutine" / "Putin" / "Путин", "Kim Jong-un" / "Kim Jong Un" / "Ким Чен Ын",
 * "Pjöngjang" / "Pyongyang". A phonetic skeleton: the same transformations applied to both names,
 * so two spellings of one name share a key. Language-free: script tables and letter-level rules, no
 * words.
 */
import { transliterate } from "./transliterate";

/** Letter-level rewrites, in order (applied to folded, Latin text). */
const REWRITES: [RegExp, string][] = [
  [/tch/g, "ch"],
  [/sch/g, "sh"],
  [/ch/g, "sh"],
  [/kh/g, "h"],
  [/ph/g, "f"],
  [/ck/g, "k"],
  [/q/g, "k"],
  [/w/g, "v"],
  [/ou/g, "u"],
  [/gu(?=[ei])/g, "g"],
  [/[yj]/g, "i"],
  [/c(?=[aou]|$)/g, "k"],
  [/([a-z])\1+/g, "$1"],
];

const ASCII = /^[\x00-\x7f]*$/;

/** Lower case without diacritics (Latin and Greek); Cyrillic letters kept as they are ("й", "ё" → "е"). */
export function foldWord(word: string): string {
  // ASCII (most words of most articles): nothing to fold but the case.
  if (ASCII.test(word)) return word.toLowerCase();
  let out = "";
  for (const ch of word.toLowerCase()) {
    if (/[\u0400-\u04ff]/u.test(ch)) out += ch === "ё" ? "е" : ch;
    else out += ch.normalize("NFD").replace(/\p{M}/gu, "");
  }
  return out.replace(/œ/g, "oe").replace(/æ/g, "ae").replace(/ß/g, "ss");
}

/** A pure function of a string, remembered (up to `max` entries; then the memo starts afresh). */
function memo(f: (s: string) => string, max = 50_000): (s: string) => string {
  let cache = new Map<string, string>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) {
      if (cache.size >= max) cache = new Map();
      v = f(s);
      cache.set(s, v);
    }
    return v;
  };
}

/** Fold a name: Latin script (Cyrillic and Greek transliterated), no diacritics, lower case, punctuation → spaces. */
export const foldName = memo(foldNameOnce);

function foldNameOnce(name: string): string {
  const latin = transliterate(name.normalize("NFC"));
  const lower = latin.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/œ/g, "oe").replace(/æ/g, "ae").replace(/ß/g, "ss");
  return lower.replace(/['’`.]/g, "").replace(/[^a-z0-9]+/g, " ").trim();
}

/** Skeleton of one word. A final mute "e" after a consonant goes ("Poutine" = "Putin"). */
function skeletonWord(w: string): string {
  let s = w;
  for (const [re, to] of REWRITES) s = s.replace(re, to);
  if (s.length > 4) s = s.replace(/([^aeiou])e$/, "$1");
  return s;
}

/** Alias key of a name: equal keys = the same name written differently. */
export const entityKey = memo((name: string) => foldName(name).split(" ").filter(Boolean).map(skeletonWord).join(" "));

/**
 * Consonant frame of a name's given part, for names of three words or more once hyphens are spaces
 * (family name + syllables: "Kim Jong-un", "Ким Чен Ын"): vowels and glides dropped, affricates and
 * sibilants one class, "ng" as "n". Kept apart from the key: it is an alias only with the first word.
 */
export function syllableFrame(words: string[]): string {
  return words
    .join("")
    .replace(/([a-z])\1+/g, "$1")
    .replace(/ng/g, "n")
    .replace(/(?:sh|zh|ch|ts|tz|dz|dj|[jzsc])+/g, "j")
    .replace(/[aeiouy]/g, "");
}

/** Initials of a multi-word name ("General Motors" → "gm"), for acronym coreference. */
export function initials(name: string): string {
  return foldName(name).split(" ").filter((w) => w.length > 0).map((w) => w[0]).join("");
}
