/**
 * Demonyms → country per language: i18n-nationality's base forms (en, fr, de, es, it, nl) and
 * world-countries' masculine/feminine forms (en, fr), each inflected (inflect.ts). A form claimed by
 * two countries ("Congolese": CG and CD) is ambiguous and dropped.
 */
import { nationalities, worldCountries } from "./sources";
import { DEMONYM_LANGS, inflectDemonym } from "./inflect";
import { nameKey } from "../../src/places/normalize";

const WORLD_COUNTRIES_DEMONYM_LANG: Record<string, string> = { en: "eng", fr: "fra" };

function baseForms(lang: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (code: string, form: string | undefined) => {
    if (!form || !form.trim()) return;
    if (!out.has(code)) out.set(code, new Set());
    out.get(code)!.add(form.trim());
  };
  for (const [code, form] of Object.entries(nationalities(lang) ?? {})) add(code, form);
  const wcLang = WORLD_COUNTRIES_DEMONYM_LANG[lang];
  if (wcLang) {
    for (const c of worldCountries()) {
      const d = c.demonyms?.[wcLang];
      add(c.cca2, d?.m);
      add(c.cca2, d?.f);
    }
  }
  return out;
}

function formsByCountry(lang: string): Map<string, Set<string>> {
  const owners = new Map<string, Set<string>>();
  for (const [code, bases] of baseForms(lang)) {
    for (const base of bases) {
      for (const form of inflectDemonym(base, lang)) {
        const key = nameKey(form);
        if (!owners.has(key)) owners.set(key, new Set());
        owners.get(key)!.add(code);
      }
    }
  }
  return owners;
}

/** A form claimed by a sovereign state and by territories ("French": FR, TF) goes to the state. */
function owner(codes: Set<string>, independent: Set<string>): string | undefined {
  const states = codes.size > 1 ? [...codes].filter((c) => independent.has(c)) : [...codes];
  return states.length === 1 ? states[0] : undefined;
}

/** lang → country code → normalised forms; plus the forms dropped as ambiguous. */
export function buildDemonyms(): { demonyms: Record<string, Record<string, string[]>>; ambiguous: string[] } {
  const demonyms: Record<string, Record<string, string[]>> = {};
  const ambiguous: string[] = [];
  const independent = new Set(worldCountries().filter((c) => c.independent).map((c) => c.cca2));
  for (const lang of DEMONYM_LANGS) {
    const table: Record<string, string[]> = {};
    for (const [key, codes] of formsByCountry(lang)) {
      const code = owner(codes, independent);
      if (!code) {
        ambiguous.push(`${lang}:${key}→${[...codes].join("/")}`);
        continue;
      }
      (table[code] ??= []).push(key);
    }
    demonyms[lang] = Object.fromEntries(Object.entries(table).sort(([a], [b]) => a.localeCompare(b)));
  }
  return { demonyms, ambiguous };
}
