/**
 * Name keys: accent-, case-, hyphen-, apostrophe- and punctuation-insensitive, so "Corée du Nord",
 * "Coree-du-Nord" and "COREE DU NORD" share one key. Used by the build script and at run time.
 * Characters are folded one by one through a cache (NFD without marks, lower case), which is
 * several times faster than normalising whole strings with regular expressions.
 */
const SPACE_LIKE = new Set([..."\u2019\u2018'`\u00b4\u02bc\u2010\u2011\u2012\u2013\u2014-_/\t\n\r\u00a0 "]);
const DROPPED = new Set([...".,()\u00b7"]);
const SPECIAL: Record<string, string> = { ß: "ss", œ: "oe", æ: "ae", Œ: "oe", Æ: "ae" };
const folded = new Map<string, string>();

function foldChar(ch: string): string {
  let f = folded.get(ch);
  if (f === undefined) {
    if (SPACE_LIKE.has(ch)) f = " ";
    else if (DROPPED.has(ch)) f = "";
    else f = SPECIAL[ch] ?? ch.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase();
    folded.set(ch, f);
  }
  return f;
}

const PLAIN = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

export function nameKey(surface: string): string {
  if (PLAIN.test(surface)) return surface.toLowerCase(); // most names: nothing to fold
  let out = "";
  let space = true; // drops leading spaces and runs of spaces
  for (const ch of surface) {
    const f = foldChar(ch);
    if (f === " ") {
      if (!space) out += " ";
      space = true;
    } else if (f) {
      out += f;
      space = false;
    }
  }
  return space && out.endsWith(" ") ? out.slice(0, -1) : out;
}

/** Word-list key: lower case with accents kept ("Londres" is not French "londrès"), ß as ss, dashes and apostrophes as spaces. */
export function wordKey(word: string): string {
  return word.normalize("NFC").toLowerCase().replace(/ß/g, "ss").replace(/[\u2019'\u2010-\u2014-]/g, " ").replace(/\s+/g, " ").trim();
}

/** "US", "U.S.", "UAE": short all-capital names that only count when written in capitals. */
export function isAcronym(name: string): boolean {
  if (name.length > 10 || /[a-z]/.test(name)) return false;
  const letters = name.replace(/\./g, "");
  return letters.length <= 5 && /^\p{Lu}{2,}$/u.test(letters);
}

/** True when the text has no lower-case letter ("US", "U.S." but not "us"). */
export function hasNoLowercase(text: string): boolean {
  return !/\p{Ll}/u.test(text);
}

/** True when the first letter of the text is a capital. */
export function startsUppercase(text: string): boolean {
  const first = text.match(/\p{L}/u);
  return first !== null && /\p{Lu}/u.test(first[0]);
}

/** "fr-FR", "FR", "fr_CA" → "fr". */
export function baseLang(lang: string): string {
  return lang.toLowerCase().split(/[-_]/)[0];
}
