/**
 * Spelling-tolerant lookup: a name whose letters differ from the data's only by how a language
 * spells foreign sounds ("Khassan" / "Khasan", "Primorié" / "Primorye", "Vladivostock"; with a pack's
 * rules, Spanish "Jasán" and German "Chassan" / "Chabarowsk"). The name is folded to Latin
 * letters, rewritten by the language's rules, then reduced to a spelling key (doubled letters, "y"/"i",
 * "w"/"v", "ck"/"k", word breaks and a final mute "e" ignored) that every data name also has.
 * Keeps "kh" apart from "h": Khasan is not Hassan.
 */
import { transliterate } from "../entities/transliterate";
import { getTables, type Candidate } from "./tables";
import { nameKey } from "./normalize";

const KEY_REWRITES: [RegExp, string][] = [
  [/[\s'-]+/g, ""],
  [/tch/g, "ch"],
  [/ck/g, "k"],
  [/ph/g, "f"],
  [/ou/g, "u"],
  [/y/g, "i"],
  [/w/g, "v"],
  [/([a-z])\1+/g, "$1"],
  [/([^aeiou])e$/, "$1"],
];

export function spellingKey(latinFolded: string): string {
  let s = latinFolded;
  for (const [re, to] of KEY_REWRITES) s = s.replace(re, to);
  return s;
}

let index: Map<string, Candidate[]> | undefined;

function spellingIndex(): Map<string, Candidate[]> {
  if (index) return index;
  index = new Map();
  for (const [key, candidates] of getTables().byKey) {
    const latin = nameKey(transliterate(key));
    if (!/^[a-z ]{4,}$/.test(latin)) continue;
    const sk = spellingKey(latin);
    const list = index.get(sk) ?? [];
    for (const c of candidates) if (!list.some((x) => x.place === c.place)) list.push(c);
    index.set(sk, list);
  }
  for (const list of index.values()) list.sort((a, b) => a.rank - b.rank || (b.place.population ?? 0) - (a.place.population ?? 0));
  return index;
}

/** Candidates of a name by its spelling key, after the language's rewrites (none: language-free rules only). */
export function spellingCandidates(surface: string, rules: [RegExp, string][] = []): Candidate[] {
  let latin = nameKey(transliterate(surface));
  if (!/^[a-z ]{4,}$/.test(latin)) return [];
  for (const [re, to] of rules) latin = latin.replace(re, to);
  return spellingIndex().get(spellingKey(latin)) ?? [];
}
