/**
 * Country names per pack language: the display name first (world-countries' common name, else
 * i18n-iso-countries' first name), then official names and aliases of both packages.
 * `alt` holds language-free spellings (native names, DPRK, 조선…). Two-letter codes are dropped
 * except the aliases i18n-iso-countries itself lists ("US", "UK").
 */
import { PACK_LANGS, WORLD_COUNTRIES_LANG, isoCountryNames, worldCountries, type PackLang, type WorldCountry } from "./sources";
import { isAcronym, nameKey } from "../../src/places/normalize";
import type { CountryNames } from "../../src/places/rows";
import { SHORT_FORMS } from "./supplement";
import { russianCaseForms } from "./russian";


/**
 * "КНДР (Корейская Народно-Демократическая Республика)" → both names; a qualifier stays part of the
 * name ("Congo (Rép. dém.)" is not "Congo").
 */
function splitParenthetical(name: string): string[] {
  const m = name.match(/^(.+?)\s*\((.+)\)\s*$/);
  return m && isAcronym(m[1].trim()) ? [m[1].trim(), m[2].trim()] : [name.trim()];
}

function uniqueByKey(names: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const n of names) {
    const k = nameKey(n);
    if (k.length < 2 || seen.has(k)) continue;
    seen.add(k);
    out.push(n);
  }
  return out;
}

function namesIn(lang: PackLang, code: string, wc: WorldCountry | undefined): string[] {
  const iso = isoCountryNames(lang)[code];
  const isoNames = (Array.isArray(iso) ? iso : iso ? [iso] : []).flatMap(splitParenthetical);
  const t = lang === "en" ? wc?.name : wc?.translations[WORLD_COUNTRIES_LANG[lang]];
  const wcNames = t ? [t.common, t.official].flatMap(splitParenthetical) : [];
  const extra = SHORT_FORMS[code]?.[lang] ?? [];
  const names = uniqueByKey([...wcNames.slice(0, 1), ...isoNames, ...wcNames.slice(1), ...extra]);
  return lang === "ru" ? uniqueByKey([...names, ...names.flatMap(russianCaseForms)]) : names;
}

function languageFreeSpellings(wc: WorldCountry | undefined, known: Set<string>): string[] {
  if (!wc) return [];
  const native = Object.values(wc.name.native ?? {}).flatMap((n) => [n.common, n.official]);
  const spellings = [...wc.altSpellings, ...native].filter((s) => s.replace(/\./g, "").length > 2);
  return uniqueByKey(spellings).filter((s) => !known.has(nameKey(s)));
}

export function buildCountries(): Record<string, CountryNames> {
  const byCode = new Map(worldCountries().map((c) => [c.cca2, c]));
  const codes = Object.keys(isoCountryNames("en")).sort();
  const out: Record<string, CountryNames> = {};
  for (const code of codes) {
    const wc = byCode.get(code);
    const names: CountryNames = {};
    for (const lang of PACK_LANGS) names[lang] = namesIn(lang, code, wc);
    const known = new Set(Object.values(names).flat().map(nameKey));
    const alt = languageFreeSpellings(wc, known);
    if (alt.length) names.alt = alt;
    out[code] = names;
  }
  return out;
}
