/**
 * Alias keys of an entity name for matching across articles and languages: its phonetic key
 * ("Choïgou" = "Shoigu"), the key of a person's last name ("Poutine" = "Vladimir Putin") and an
 * organisation's initials ("GM" = "General Motors").
 */
import { entityKey, initials } from "../entities/key";

export function aliasKeys(name: string): string[] {
  const key = entityKey(name);
  const out = [key];
  const words = key.split(" ");
  if (words.length > 1) {
    const last = words[words.length - 1];
    if (last.length >= 4) out.push(last);
    const ini = initials(name);
    if (ini.length >= 2) out.push(`#${ini}`);
  } else if (/^\p{Lu}[\p{Lu}&]{1,6}$/u.test(name.trim())) out.push(`#${key}`);
  return out;
}

/** Do two names share an alias key? */
export function sameName(a: string, b: string): boolean {
  const ka = aliasKeys(a);
  return aliasKeys(b).some((k) => ka.includes(k));
}

/** Index terms of an actor for `?actor=`: its key, its last name's key, its initials ("General Motors" → "general motors", "motors", "gm"). */
export function actorTerms(name: string): string[] {
  return [...new Set(aliasKeys(name).map((k) => k.replace(/^#/, "")))];
}

/** The term a `?actor=` query looks up: the name's key ("Poutine" → "putin", "GM" → "gm"). */
export function actorQueryTerm(name: string): string {
  return entityKey(name);
}

/** Does an incident actor answer the query `?actor=<query>`? */
export function actorMatches(actor: string, query: string): boolean {
  return actorTerms(actor).includes(actorQueryTerm(query));
}
