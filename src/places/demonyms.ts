/** Demonyms → country ("nord-coréennes" in French → North Korea). */
import demonymsData from "./data/demonyms.json";
import { countryByCode } from "./names";
import { baseLang, nameKey } from "./normalize";
import type { DemonymsFile } from "./rows";
import type { Place } from "./types";

let byLang: Map<string, Map<string, string>> | undefined;

function demonymTables(): Map<string, Map<string, string>> {
  if (byLang) return byLang;
  byLang = new Map();
  for (const [lang, table] of Object.entries(demonymsData as DemonymsFile)) {
    const forms = new Map<string, string>();
    for (const [code, keys] of Object.entries(table)) for (const key of keys) forms.set(key, code);
    byLang.set(lang, forms);
  }
  return byLang;
}

/** Languages with demonym data. */
export function demonymLanguages(): string[] {
  return [...demonymTables().keys()];
}

/** The country a demonym (any inflection) refers to in a language, or undefined. */
export function lookupDemonym(word: string, lang: string): Place | undefined {
  const code = demonymTables().get(baseLang(lang))?.get(nameKey(word));
  return code ? countryByCode(code) : undefined;
}

/** True when the word is a demonym form in the language (in any language without one). */
export function isDemonym(word: string, lang?: string): boolean {
  const key = nameKey(word);
  if (lang !== undefined) return demonymTables().get(baseLang(lang))?.has(key) ?? false;
  for (const forms of demonymTables().values()) if (forms.has(key)) return true;
  return false;
}
