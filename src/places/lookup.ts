/**
 * Name → place. A surface that is also a common word of the language ("Nice", "Reading", "Split" in
 * English; "Seul" in French) counts only when capitalised, and only for a prominent reading (see
 * `prominent`); short capital-letter names ("US", "UK") count only in capitals; a first name shared
 * by two faker locales ("Paul", "Florence", "Diana") names a place only for a country or a place of
 * half a million people ("Victoria", the Australian state; "Charlotte").
 */
import { getTables, RANK, type Candidate } from "./tables";
import { baseLang, hasNoLowercase, isAcronym, nameKey, startsUppercase, wordKey } from "./normalize";
import { isDemonym } from "./demonyms";
import type { Place } from "./types";
import { spellingCandidates } from "./spelling";

export const LARGE_CITY = 1_000_000;
/** A place named like a person ("Paul", a region of Cape Verde; "Florence") must be this large. */
export const LARGE_NAMESAKE = 500_000;

function isFirstName(surface: string): boolean {
  return getTables().firstNames.has(wordKey(surface));
}

function isCommonWord(surface: string, lang: string | undefined): boolean {
  const { commonWords } = getTables();
  const key = wordKey(surface);
  if (lang !== undefined) return commonWords.get(baseLang(lang))?.has(key) ?? false;
  for (const set of commonWords.values()) if (set.has(key)) return true;
  return false;
}

/**
 * Readings strong enough to beat a common word: a country's name in a pack language (not "Mann",
 * a Manx spelling of the Isle of Man), a city of a million people by its own name, or a capital of
 * a million by an alternate name of five letters or more ("Pékin"; not "Dabei" for Dubai).
 */
function prominent(c: Candidate, key: string): boolean {
  if (c.rank === RANK.countryName || c.rank === RANK.countryAlias) return true;
  if (c.place.type !== "city" || (c.place.population ?? 0) < LARGE_CITY) return false;
  return c.rank === RANK.cityName || (c.capital === true && key.length >= 5);
}

interface SurfaceFacts {
  key: string;
  common: boolean;
  firstName: boolean;
  /** A demonym of the language ("German", "Somali"): only a country may share it. */
  demonym: boolean;
  /** Written like an acronym ("IRNA"): not read through an alternate spelling. */
  acronymLike: boolean;
}

function accepts(c: Candidate, surface: string, f: SurfaceFacts): boolean {
  if (c.acronym && !hasNoLowercase(surface)) return false;
  if (f.acronymLike && !c.acronym && (c.rank === RANK.cityAlternate || c.rank === RANK.countrySpelling)) return false;
  if (f.demonym && c.place.type !== "country") return false;
  if (f.firstName && c.place.type !== "country" && (c.place.population ?? 0) < LARGE_NAMESAKE) return false;
  return !f.common || (prominent(c, f.key) && startsUppercase(surface));
}

function surfaceFacts(surface: string, key: string, lang: string | undefined): SurfaceFacts {
  return { key, common: isCommonWord(surface, lang), firstName: isFirstName(surface), demonym: isDemonym(surface, lang), acronymLike: isAcronym(surface) };
}

/** Every place a name may stand for, most likely first (see RANK). */
export function lookupPlaces(surface: string, lang?: string): Place[] {
  const key = nameKey(surface);
  const candidates = getTables().byKey.get(key);
  if (!candidates) return [];
  const facts = surfaceFacts(surface, key, lang);
  return candidates.filter((c) => accepts(c, surface, facts)).map((c) => c.place);
}

/** The place a name stands for, or undefined. `lang` limits the common-word check to that language (all pack languages without it). */
export function lookupPlace(surface: string, lang?: string): Place | undefined {
  return lookupPlaces(surface, lang)[0];
}

/**
 * Places a capitalised name may stand for when written in another spelling (spelling.ts), with the
 * language's rewrites: never a common word of the language, a first name, a demonym or an acronym.
 */
export function lookupPlacesBySpelling(surface: string, lang?: string, rules?: [RegExp, string][]): Place[] {
  if (!startsUppercase(surface) || isAcronym(surface)) return [];
  const facts = surfaceFacts(surface, nameKey(surface), lang);
  if (facts.common || facts.firstName || facts.demonym) return [];
  return spellingCandidates(surface, rules).filter((c) => accepts(c, surface, facts)).map((c) => c.place);
}

const TRAILING_PUNCTUATION = /[\s.,;:!?»«"“”„'’)\]}…_\-–—]+$/u;
const TRAILING_AFTER_ACRONYM = /[,;:!?»«"“”„'’)\]}…_\-–—]+$/u;
const POSSESSIVE = /['\u2019]s$/iu;

/**
 * Ends of the words after `start`, trimmed of trailing punctuation, as long as the words so far
 * are a name or the beginning of one ("Rio", "Rio de", "Rio de Janeiro").
 */
function wordEnds(text: string, start: number): number[] {
  const { prefixes, maxWords } = getTables();
  const ends: number[] = [];
  const word = /\S+/gu;
  word.lastIndex = start;
  for (let m = word.exec(text); m && ends.length < maxWords; m = word.exec(text)) {
    if (ends.length === 0 && m.index !== start) break;
    const raw = m[0];
    const keepsDot = /\p{L}\.\p{L}/u.test(raw); // "U.S." keeps its final period
    const trimmed = raw.replace(keepsDot ? TRAILING_AFTER_ACRONYM : TRAILING_PUNCTUATION, "");
    if (!/[\p{L}\p{N}]/u.test(trimmed)) break; // "_", "--": no name goes on past them
    const end = m.index + trimmed.length;
    ends.push(end);
    if (trimmed.length < raw.length && !keepsDot) break; // punctuation closes the name
    if (!prefixes.has(nameKey(text.slice(start, end)))) break; // no longer name begins so
  }
  return ends;
}

/** "George Bush", "Florence Parly", "Dominique Strauss-Kahn": a one-word place that is a first name, followed by a capitalised word. */
function isPersonName(text: string, surface: string, end: number): boolean {
  if (surface.includes(" ") || !getTables().firstNames.has(wordKey(surface))) return false;
  const next = text.slice(end).match(/^\s+(\p{L})/u);
  return next !== null && /\p{Lu}/u.test(next[1]);
}

/**
 * The longest place name that starts at `start` ("Corée du Nord", "New York", "Rio de Janeiro"),
 * unless it is the first name of a person ("George Bush").
 */
export function longestPlaceAt(text: string, start: number, lang?: string): { place: Place; end: number } | undefined {
  const ends = wordEnds(text, start);
  for (let i = ends.length - 1; i >= 0; i--) {
    const surface = text.slice(start, ends[i]);
    for (const s of [surface, surface.replace(POSSESSIVE, "")]) {
      const place = lookupPlace(s, lang);
      if (!place) continue;
      const end = start + s.length;
      return isPersonName(text, s, end) ? undefined : { place, end };
    }
  }
  return undefined;
}
