/**
 * The lookup tables, built once (lazily, on first use) from the generated data files.
 * Every name key maps to its candidate places in priority order (RANK): countries by a display
 * name, countries by another name, cities by their own name, cities by an alternate name, regions;
 * larger population first within each.
 */
import countriesData from "./data/countries.json";
import citiesData from "./data/cities.json";
import regionsData from "./data/regions.json";
import commonWordsData from "./data/common-words.json";
import firstNamesData from "./data/first-names.json";
import { isAcronym, nameKey } from "./normalize";
import type { CityRow, CommonWordsFile, CountriesFile, CountryNames, RegionRow } from "./rows";
import type { Place } from "./types";
import { SUPPLEMENT_NAMES, SUPPLEMENT_PLACES } from "./supplement";

/**
 * Which reading of a shared name wins: a country's display name, its other names in a pack
 * language, its language-free spellings (native names, DPRK), a city's own name, a city's alternate
 * name, a region. A hand-written place (supplement.ts) comes before the alternate names of data
 * cities: "Хасан" is the border station of Khasan before the Russian name of Hassan, India.
 */
export const RANK = { countryName: 0, countryAlias: 1, countrySpelling: 2, cityName: 3, supplement: 3.5, cityAlternate: 4, region: 5 } as const;

export interface Candidate {
  place: Place;
  /** See RANK: lower wins when one name has several places. */
  rank: number;
  /** Only written in capitals counts ("US", "U.S."). */
  acronym: boolean;
  /** A capital city or seat of government. */
  capital?: boolean;
}

export interface Tables {
  byKey: Map<string, Candidate[]>;
  countries: Map<string, { place: Place; names: CountryNames }>;
  /** lang → word keys (accents kept) of common words that share a name key with a place. */
  commonWords: Map<string, Set<string>>;
  /** Word keys of first names (any pack language) that are also place names ("George", "Florence"). */
  firstNames: Set<string>;
  /** Most words in one name ("Rio de Janeiro": 3). */
  maxWords: number;
  /** Keys of the first words of multi-word names ("rio", "rio de"), so a scan stops early. */
  prefixes: Set<string>;
}

let tables: Tables | undefined;

export function getTables(): Tables {
  tables ??= buildTables();
  return tables;
}

/** Candidates are shared between keys (one per city for all its alternate names), so never mutated. */
function addKey(byKey: Map<string, Candidate[]>, key: string, candidate: Candidate): void {
  if (!key) return;
  const list = byKey.get(key);
  if (!list) {
    byKey.set(key, [candidate]);
    return;
  }
  const i = list.findIndex((c) => c.place === candidate.place);
  if (i < 0) list.push(candidate);
  else if (candidate.rank < list[i].rank || (candidate.rank === list[i].rank && list[i].acronym && !candidate.acronym)) list[i] = candidate;
}

function addName(byKey: Map<string, Candidate[]>, name: string, place: Place, rank: number): void {
  addKey(byKey, nameKey(name), { place, rank, acronym: isAcronym(name) });
}

function addCountries(byKey: Map<string, Candidate[]>): Tables["countries"] {
  const countries: Tables["countries"] = new Map();
  for (const [code, names] of Object.entries(countriesData as CountriesFile)) {
    const place: Place = Object.freeze({ id: `country:${code}`, type: "country", canonical: names.en[0] ?? code, country: code });
    countries.set(code, { place, names });
    for (const [lang, list] of Object.entries(names)) {
      const other = lang === "alt" ? RANK.countrySpelling : RANK.countryAlias;
      list.forEach((name, i) => addName(byKey, name, place, i === 0 && lang !== "alt" ? RANK.countryName : other));
    }
  }
  return countries;
}

function addCities(byKey: Map<string, Candidate[]>): void {
  for (const [id, name, country, population, capital, alternates] of citiesData as unknown as CityRow[]) {
    const place: Place = Object.freeze({ id: `city:${id}`, type: "city", canonical: name, country, population, ...(capital === 1 ? { capital: true } : {}) });
    addName(byKey, name, place, RANK.cityName);
    const alternate: Candidate = { place, rank: RANK.cityAlternate, acronym: false, capital: capital === 1 };
    if (alternates) for (const key of alternates.split("|")) addKey(byKey, key, alternate);
  }
}

function addRegions(byKey: Map<string, Candidate[]>): void {
  for (const [code, name, population] of regionsData as unknown as RegionRow[]) {
    const place: Place = Object.freeze({ id: `region:${code}`, type: "region", canonical: name, country: code.slice(0, 2), population });
    addName(byKey, name, place, RANK.region);
  }
}

function addSupplement(byKey: Map<string, Candidate[]>): void {
  for (const s of SUPPLEMENT_PLACES) {
    const place: Place = Object.freeze({ id: s.id, type: s.type, canonical: s.canonical, country: s.country, population: s.population, within: s.within });
    for (const name of s.names) addName(byKey, name, place, RANK.supplement);
  }
  for (const [canonical, names] of Object.entries(SUPPLEMENT_NAMES)) {
    const target = byKey.get(nameKey(canonical))?.find((c) => c.place.canonical === canonical)?.place;
    if (target) for (const name of names) addName(byKey, name, target, RANK.cityAlternate);
  }
}

function commonWordsByLang(): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [key, langs] of Object.entries(commonWordsData as CommonWordsFile)) {
    for (const lang of langs.split(",")) {
      if (!out.has(lang)) out.set(lang, new Set());
      out.get(lang)!.add(key);
    }
  }
  return out;
}

/** Adds the word prefixes of a key to `prefixes`; returns its number of words. */
function addPrefixes(key: string, prefixes: Set<string>): number {
  let n = 1;
  for (let i = key.indexOf(" "); i >= 0; i = key.indexOf(" ", i + 1)) {
    prefixes.add(key.slice(0, i));
    n++;
  }
  return n;
}

function buildTables(): Tables {
  const byKey = new Map<string, Candidate[]>();
  const countries = addCountries(byKey);
  addCities(byKey);
  addRegions(byKey);
  addSupplement(byKey);
  let maxWords = 1;
  const prefixes = new Set<string>();
  for (const [key, list] of byKey) {
    maxWords = Math.max(maxWords, addPrefixes(key, prefixes));
    if (list.length > 1) list.sort((a, b) => a.rank - b.rank || (b.place.population ?? 0) - (a.place.population ?? 0));
  }
  const firstNames = new Set(Object.keys(firstNamesData as CommonWordsFile));
  return { byKey, countries, commonWords: commonWordsByLang(), firstNames, maxWords, prefixes };
}
