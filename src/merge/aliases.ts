/**
 * Alias keys of an entity name for matching across articles, languages and scripts: its phonetic
 * key ("Choïgou" = "Shoigu", "Путин" = "Putin"), the key of a person's last name ("Poutine" =
 * "Vladimir Putin"), an organisation's initials ("GM" = "General Motors"), and for names of three
 * words or more (family name + syllables) the given part written as one word ("Kim Jongun") and its
 * consonant frame ("Ким Чен Ын" = "Kim Jong-un", not "Kim Jong-il").
 */
import { entityKey, foldName, initials, syllableFrame } from "../entities/key";

/** Family name + the given part's consonant frame, for names of three words or more. */
function frameKey(name: string): string | null {
  const words = foldName(name).split(" ").filter(Boolean);
  if (words.length < 3) return null;
  const frame = syllableFrame(words.slice(1));
  return frame.length >= 2 ? `~${entityKey(words[0])} ${frame}` : null;
}

/**
 * A name led by a word capitalised inside ("xPhone Music Store", "PlayBox Live") is that coined
 * word's thing: the coined word alone is an alias. Not when a word holds a digit: a model
 * designation names another thing ("xPhone 4" is not "xPhone").
 */
function brandHead(name: string): string | null {
  const words = name.trim().split(/\s+/u);
  if (words.length < 2 || words.some((w) => /\p{N}/u.test(w))) return null;
  return /^\p{L}*\p{Ll}\p{Lu}\p{L}*$/u.test(words[0]) && words[0].length >= 4 ? entityKey(words[0]) : null;
}

const keysOf = new Map<string, string[]>();

/** The alias keys of a name (remembered per name: a merge asks for them per pair of mentions; the array is shared, never change it). */
export function aliasKeys(name: string): string[] {
  let keys = keysOf.get(name);
  if (!keys) {
    if (keysOf.size >= 50_000) keysOf.clear();
    keys = aliasKeysOnce(name);
    keysOf.set(name, keys);
  }
  return keys;
}

function aliasKeysOnce(name: string): string[] {
  const key = entityKey(name);
  const out = [key];
  const words = key.split(" ");
  if (words.length > 1) {
    const last = words[words.length - 1];
    if (last.length >= 4) out.push(last);
    const ini = initials(name);
    if (ini.length >= 2) out.push(`#${ini}`);
    if (words.length > 2) out.push(`${words[0]} ${words.slice(1).join("")}`);
    const frame = frameKey(name);
    if (frame) out.push(frame);
    const brand = brandHead(name);
    if (brand) out.push(brand);
  } else if (/^\p{Lu}[\p{Lu}&]{1,6}$/u.test(name.trim())) out.push(`#${key}`);
  return [...new Set(out)];
}

/**
 * Alias keys for comparing names: those of aliasKeys, with a multi-word name's initials written `^gm`
 * instead of `#gm`. Initials stand for a name only when the other side is an acronym: "GM" is "General
 * Motors", but "Vladimir Putin" is not "Vladimir Potanin" for sharing "vp" (keysMeet).
 */
export function nameKeys(name: string): string[] {
  const keys = aliasKeys(name);
  return foldName(name).includes(" ") ? keys.map((k) => (k.startsWith("#") ? `^${k.slice(1)}` : k)) : [...keys];
}

/** Do two sets of nameKeys meet: a shared key, or an acronym (`#x`) against a name's initials (`^x`)? */
export function keysMeet(x: Iterable<string>, y: Set<string>): boolean {
  for (const k of x) {
    if (k.startsWith("^")) {
      if (y.has(`#${k.slice(1)}`)) return true;
    } else if (y.has(k) || (k.startsWith("#") && y.has(`^${k.slice(1)}`))) return true;
  }
  return false;
}

/** Do two names share an alias key? */
export function sameName(a: string, b: string): boolean {
  return keysMeet(nameKeys(a), new Set(nameKeys(b)));
}

/** Names of at most this many words are indexed under every in-order part of their key (2^n - 1 parts at most). */
const MAX_PART_WORDS = 5;

/**
 * The in-order parts of a key's words: "itunes music store" → "itunes store", "music store", "itunes",
 * "music", "store", …; a single word only when it has four characters or more ("of", "kim", "4" alone
 * name nothing).
 */
function keyParts(key: string): string[] {
  const words = key.split(" ").filter(Boolean);
  if (words.length < 2 || words.length > MAX_PART_WORDS) return [];
  const out: string[] = [];
  for (let mask = 1; mask < (1 << words.length) - 1; mask++) {
    const part = words.filter((_, i) => mask & (1 << i));
    if (part.length > 1 || part[0].length >= 4) out.push(part.join(" "));
  }
  return out;
}

/**
 * Index terms of an actor for `?actor=`: its key, its last name's key, its initials, its frame, and every
 * in-order part of its name ("General Motors" → "general motors", "motors", "general", "gm"; "Apple CEO
 * Steve Jobs" → … "steve jobs"; "iTunes Music Store" → … "itunes store", "itunes"): a query answers an
 * actor whose name holds all the query's words in the query's order.
 */
export function actorTerms(name: string): string[] {
  const key = entityKey(name);
  return [...new Set([...aliasKeys(name).map((k) => k.replace(/^#/, "")), modelLast(key), ...keyParts(key)])];
}

/** A key with its model designations (words holding a digit) last: "3g iphone" → "iphone 3g", as "iPhone 3G" is written. */
function modelLast(key: string): string {
  const words = key.split(" ");
  return [...words.filter((w) => !/\d/.test(w)), ...words.filter((w) => /\d/.test(w))].join(" ");
}

/** A query word written wholly in lower case beside a capitalised one ("iTunes store", "the Boeing company"): a description, not part of the name. */
const describing = (word: string) => /^\p{Ll}+$/u.test(word);
const naming = (word: string) => /\p{Lu}|\p{N}/u.test(word);

/** The query's words without its descriptions ("iTunes store" → "iTunes"). */
function namingWords(name: string): string[] {
  const words = name.trim().split(/\s+/u).filter(Boolean);
  const named = words.some(naming) ? words.filter((w) => !describing(w)) : words;
  return named.length ? named : words;
}

/**
 * The term a `?actor=` query looks up: the name's key ("Poutine" → "putin", "GM" → "gm"), without the
 * lower-case words of a query that also has capitalised ones ("iTunes store" → "itunes"), its model
 * designation last ("3G iPhone" → "iphone 3g"); for a name of
 * three words or more its frame, so that every script's spelling finds it ("Ким Чен Ын"). A term is
 * returned unchanged.
 */
export function actorQueryTerm(name: string): string {
  if (name.startsWith("~")) return name;
  const query = namingWords(name).join(" ");
  return frameKey(query) ?? modelLast(entityKey(query));
}

/**
 * The terms a `?actor=` query tries, in order: its term, then for a name of three words or more its key
 * and the runs of two words or more of it, longest first, then the last first ("Beatles Apple Corps" →
 * … "apple corps", "beatles apple"). The first term some incident carries is the one that answers: a
 * query that names an actor more fully than the articles do still finds it, and one that matches as
 * written is never widened.
 */
export function actorQueryTerms(name: string): string[] {
  const first = actorQueryTerm(name);
  if (name.startsWith("~")) return [first];
  const words = entityKey(namingWords(name).join(" ")).split(" ").filter(Boolean);
  if (words.length < 3) return [first];
  const runs: string[] = [words.join(" ")];
  for (let len = words.length - 1; len >= 2; len--)
    for (let start = words.length - len; start >= 0; start--) runs.push(words.slice(start, start + len).join(" "));
  return [...new Set([first, ...runs])];
}

/** Does an incident actor answer the query `?actor=<query>`? */
export function actorMatches(actor: string, query: string): boolean {
  return actorTerms(actor).includes(actorQueryTerm(query));
}

/** The incidents `?actor=<query>` returns: those carrying the first of the query's terms that any incident carries. */
export function answerActorQuery<T extends { actors: string[] }>(incidents: T[], query: string): T[] {
  const terms = incidents.map((i) => new Set(i.actors.flatMap(actorTerms)));
  for (const term of actorQueryTerms(query)) {
    const hit = incidents.filter((_, k) => terms[k].has(term));
    if (hit.length) return hit;
  }
  return [];
}
