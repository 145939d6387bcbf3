/**
 * Spelling-tolerant lookup: a name whose letters differ from the data's only by how a language
 * spells foreign sounds ("Khassan" / "Khasan", "Primorié" / "Primorye", "Vladivostock"; with a pack's
 * rules, Spanish "Jasán" and German "Chassan" / "Chabarowsk"). The name is folded to Latin
 * letters, rewritten by the language's rules, then reduced to a spelling key (see spellingKey) that
 * every data name also has. The key index is built on the first lookup that needs it.
 * Keeps "kh" apart from "h": Khasan is not Hassan.
 */
import { transliterate } from "../entities/transliterate";
import { getTables, type Candidate } from "./tables";
import { nameKey } from "./normalize";

/** Digraphs read as one letter of the key ("tch" → "ch", "ck" → "k", "ph" → "f", "ou" → "u"). */
const DIGRAPHS: [string, string][] = [
  ["tch", "ch"],
  ["ck", "k"],
  ["ph", "f"],
  ["ou", "u"],
];
const LETTER: Record<string, string> = { y: "i", w: "v" };

/**
 * Spelling key of a folded Latin name, in one pass: word breaks, hyphens and apostrophes dropped,
 * the digraphs above, "y" as "i", "w" as "v", doubled letters once, a final mute "e" after a consonant dropped.
 */
export function spellingKey(latinFolded: string): string {
  let out = "";
  const s = latinFolded;
  for (let i = 0; i < s.length; ) {
    const ch = s[i];
    if (ch === " " || ch === "-" || ch === "'") {
      i++;
      continue;
    }
    let piece = LETTER[ch] ?? ch;
    let step = 1;
    for (const [from, to] of DIGRAPHS) {
      if (s.startsWith(from, i)) {
        piece = to;
        step = from.length;
        break;
      }
    }
    for (const c of piece) if (out[out.length - 1] !== c) out += c;
    i += step;
  }
  return out.length > 4 && /[^aeiou]e$/.test(out) ? out.slice(0, -1) : out;
}

const LATIN = /^[a-z ]{4,}$/;

/** The index bucket of a folded Latin name: the first letter of its spelling key. */
function bucketOf(latin: string): string {
  for (const [from, to] of DIGRAPHS) if (latin.startsWith(from)) return to[0];
  return LETTER[latin[0]] ?? latin[0] ?? "";
}

/** Latin data keys by bucket (one pass over the tables, on the first spelling lookup). */
let members: Map<string, string[]> | undefined;

function bucketMembers(letter: string): string[] {
  if (!members) {
    members = new Map();
    for (const key of getTables().byKey.keys()) {
      // Data names in other scripts are found as written (nameKey); only Latin names are respelled.
      if (!LATIN.test(key)) continue;
      const b = bucketOf(key);
      const list = members.get(b);
      if (list) list.push(key);
      else members.set(b, [key]);
    }
  }
  return members.get(letter) ?? [];
}

/** Spelling key → candidates, one bucket per first letter, each built on the first lookup that needs it. */
const buckets = new Map<string, Map<string, Candidate[]>>();

function bucket(letter: string): Map<string, Candidate[]> {
  let index = buckets.get(letter);
  if (index) return index;
  index = new Map();
  const { byKey } = getTables();
  for (const key of bucketMembers(letter)) {
    const sk = spellingKey(key);
    const list = index.get(sk) ?? [];
    for (const c of byKey.get(key) ?? []) if (!list.some((x) => x.place === c.place)) list.push(c);
    index.set(sk, list);
  }
  for (const list of index.values()) list.sort((a, b) => a.rank - b.rank || (b.place.population ?? 0) - (a.place.population ?? 0));
  buckets.set(letter, index);
  return index;
}

/** Candidates of a name by its spelling key, after the language's rewrites (none: language-free rules only). */
export function spellingCandidates(surface: string, rules: [RegExp, string][] = []): Candidate[] {
  let latin = nameKey(transliterate(surface));
  for (const [re, to] of rules) latin = latin.replace(re, to);
  if (!LATIN.test(latin)) return [];
  return bucket(bucketOf(latin)).get(spellingKey(latin)) ?? [];
}
