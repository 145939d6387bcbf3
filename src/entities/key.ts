/**
 * Alias keys for names across spellings, languages and scripts: "Choïgou" / "Shoigu", "Khassan" /
 * "Khasan", "Poutine" / "Putin" / "Путин", "Kim Jong-un" / "Kim Jong Un", "Pjöngjang" / "Pyongyang".
 * A phonetic skeleton: the same transformations applied to both names, so two spellings of one name
 * share a key. Language-free: a script table and letter-level rules, no words.
 */

/** Cyrillic → Latin (scientific-ish, chosen to land on the skeleton's own conventions). */
const CYRILLIC: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "io", ж: "zh", з: "z", и: "i", й: "i", к: "k", л: "l", м: "m",
  н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch",
  ъ: "", ы: "y", ь: "", э: "e", ю: "iu", я: "ia", і: "i", ї: "i", є: "ie", ґ: "g",
};

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

/** Fold a name: no diacritics, lower case, Cyrillic transliterated, punctuation → spaces. */
export const foldName = memo(foldNameOnce);

function foldNameOnce(name: string): string {
  const lower = name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/œ/g, "oe").replace(/æ/g, "ae").replace(/ß/g, "ss");
  let out = "";
  for (const ch of lower) out += CYRILLIC[ch] ?? ch;
  return out.replace(/['’`.]/g, "").replace(/[^a-z0-9]+/g, " ").trim();
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

/** Initials of a multi-word name ("General Motors" → "gm"), for acronym coreference. */
export function initials(name: string): string {
  return foldName(name).split(" ").filter((w) => w.length > 0).map((w) => w[0]).join("");
}
