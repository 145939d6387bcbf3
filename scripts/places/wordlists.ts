/**
 * Common words per pack language, from Debian's word lists (apt-get install wamerican wfrench
 * wngerman wspanish witalian wportuguese wdutch). Used at build time only, to flag place names that
 * are also ordinary words ("Mobile", "Reading", "Split", "Of", "Van" in English prose).
 * Lower-case entries count; for German, whose nouns are capitalised, a capitalised entry counts when
 * the list also holds a plural of it ("Halle" / "Hallen", "Mann" / "Männer"), which proper names rarely have.
 * Words are compared case-insensitively but with their accents ("Londres" is not French "londrès").
 */
import { existsSync, readFileSync } from "node:fs";
import { wordKey } from "../../src/places/normalize";

const LISTS: Record<string, string> = {
  en: "/usr/share/dict/american-english",
  fr: "/usr/share/dict/french",
  de: "/usr/share/dict/ngerman",
  es: "/usr/share/dict/spanish",
  it: "/usr/share/dict/italian",
  pt: "/usr/share/dict/portuguese",
  nl: "/usr/share/dict/dutch",
};

const UMLAUT: Record<string, string> = { a: "ä", o: "ö", u: "ü", A: "Ä", O: "Ö", U: "Ü" };

/** "Mann" → "Männer", "Stadt" → "Städte": the last a/o/u of the word takes an umlaut. */
function umlauted(w: string): string | undefined {
  const i = Math.max(w.lastIndexOf("a"), w.lastIndexOf("o"), w.lastIndexOf("u"));
  if (i < 0) return undefined;
  const j = w[i] === "u" && w[i - 1] === "a" ? i - 1 : i; // "Haus" → "Häuser"
  return w.slice(0, j) + UMLAUT[w[j]] + w.slice(j + 1);
}

function germanNouns(words: Set<string>): string[] {
  const out: string[] = [];
  for (const w of words) {
    if (!/^\p{Lu}\p{Ll}+$/u.test(w)) continue;
    const u = umlauted(w);
    // not w + "er" ("Bonner") nor an umlauted one with a feminine "-in" ("Mailänder", "Mailänderin"):
    // demonyms of cities, not plurals
    const umlautEr = u && !words.has(`${u}erin`) ? [`${u}er`] : [];
    const plurals = [`${w}n`, `${w}en`, `${w}e`, `${w}nen`, ...(u ? [`${u}e`] : []), ...umlautEr];
    if (plurals.some((p) => words.has(p))) out.push(w);
  }
  return out;
}

function readList(lang: string, file: string): Set<string> {
  const words = new Set(readFileSync(file, "utf8").split("\n").map((w) => w.trim()).filter(Boolean));
  const common = [...words].filter((w) => /^\p{Ll}/u.test(w));
  if (lang === "de") common.push(...germanNouns(words));
  return new Set(common.map(wordKey));
}


/** The pack languages in which a name is also a common word. */
export function commonIn(words: Map<string, Set<string>>, name: string): string[] {
  const key = wordKey(name);
  return [...words].filter(([, set]) => set.has(key)).map(([lang]) => lang);
}

/** lang → set of word keys (see wordKey) of common words. Throws if a list is missing (with the install line). */
export function loadCommonWords(): Map<string, Set<string>> {
  const missing = Object.values(LISTS).filter((f) => !existsSync(f));
  if (missing.length) {
    throw new Error(`missing word lists ${missing.join(", ")}: apt-get install -y wamerican wfrench wngerman wspanish witalian wportuguese wdutch`);
  }
  return new Map(Object.entries(LISTS).map(([lang, file]) => [lang, readList(lang, file)]));
}
