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

const keysOf = new Map<string, readonly string[]>();

/** The alias keys of a name (remembered per name: a merge asks for them per pair of mentions). */
export function aliasKeys(name: string): readonly string[] {
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
  } else if (/^\p{Lu}[\p{Lu}&]{1,6}$/u.test(name.trim())) out.push(`#${key}`);
  return [...new Set(out)];
}

/** Do two names share an alias key? */
export function sameName(a: string, b: string): boolean {
  const ka = aliasKeys(a);
  return aliasKeys(b).some((k) => ka.includes(k));
}

/** Index terms of an actor for `?actor=`: its key, its last name's key, its initials, its frame ("General Motors" → "general motors", "motors", "gm"). */
export function actorTerms(name: string): string[] {
  return [...new Set(aliasKeys(name).map((k) => k.replace(/^#/, "")))];
}

/**
 * The term a `?actor=` query looks up: the name's key ("Poutine" → "putin", "GM" → "gm"); for a name
 * of three words or more its frame, so that every script's spelling finds it ("Ким Чен Ын").
 */
export function actorQueryTerm(name: string): string {
  if (name.startsWith("~")) return name; // already a term (the HTTP layer and the store both normalise)
  return frameKey(name) ?? entityKey(name);
}

/** Does an incident actor answer the query `?actor=<query>`? */
export function actorMatches(actor: string, query: string): boolean {
  return actorTerms(actor).includes(actorQueryTerm(query));
}
