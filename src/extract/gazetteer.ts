/**
 * Compact gazetteer: canonical names with aliases across spellings and languages.
 * Matching is accent/case/hyphen-insensitive (see text-utils fold). Extend by adding entries.
 */
import { escapeRegExp, foldKeepOffsets } from "./text-utils";

export type EntityType = "person" | "org" | "country" | "city" | "region" | "place";

export interface GazetteerEntry {
  canonical: string;
  type: EntityType;
  aliases: string[];
  /** Adjectives/demonyms that also point at the place (never counted as an actor by themselves). */
  adjectives?: string[];
  /** Canonical name of the larger place that contains this one (Khasan → Russia); for a person, the country they lead or serve. */
  within?: string;
}

export const GAZETTEER: GazetteerEntry[] = [
  // countries
  { canonical: "North Korea", type: "country", aliases: ["North Korea", "Corée du Nord", "DPRK", "Democratic People's Republic of Korea"], adjectives: ["nord-coréen", "nord-coréenne", "North Korean", "North Koreans"] },
  { canonical: "South Korea", type: "country", aliases: ["South Korea", "Corée du Sud", "République de Corée"], adjectives: ["sud-coréen", "sud-coréenne", "South Korean"] },
  { canonical: "Russia", type: "country", aliases: ["Russia", "Russie", "Fédération de Russie", "Russian Federation"], adjectives: ["russe", "russes", "Russian", "Russians"] },
  { canonical: "Ukraine", type: "country", aliases: ["Ukraine"], adjectives: ["ukrainien", "ukrainienne", "ukrainiens", "Ukrainian"] },
  { canonical: "United States", type: "country", aliases: ["United States", "États-Unis", "U.S.", "US", "Washington"], adjectives: ["américain", "américaine", "américains", "American"] },
  { canonical: "China", type: "country", aliases: ["China", "Chine", "Pékin", "Beijing"], adjectives: ["chinois", "chinoise", "Chinese"] },
  { canonical: "Japan", type: "country", aliases: ["Japan", "Japon", "Tokyo"], adjectives: ["japonais", "japonaise", "Japanese"] },
  { canonical: "France", type: "country", aliases: ["France", "Paris"], adjectives: ["français", "française", "French"] },
  { canonical: "Syria", type: "country", aliases: ["Syria", "Syrie"] },
  { canonical: "Germany", type: "country", aliases: ["Germany", "Allemagne", "Berlin"] },
  { canonical: "Soviet Union", type: "country", aliases: ["Soviet Union", "URSS", "USSR", "Union soviétique"] },
  // cities and regions
  { canonical: "Pyongyang", within: "North Korea", type: "city", aliases: ["Pyongyang", "Pyong-yang", "P'yŏngyang"] },
  { canonical: "Moscow", within: "Russia", type: "city", aliases: ["Moscow", "Moscou"] },
  { canonical: "Vladivostok", within: "Primorye", type: "city", aliases: ["Vladivostok", "Vladivostock"] },
  { canonical: "Khasan", within: "Primorye", type: "city", aliases: ["Khasan", "Khassan", "Hasan", "Xasan"] },
  { canonical: "Seoul", within: "South Korea", type: "city", aliases: ["Seoul", "Séoul"] },
  { canonical: "Kyiv", within: "Ukraine", type: "city", aliases: ["Kyiv", "Kiev", "Kyïv"] },
  { canonical: "Artyom", within: "Primorye", type: "city", aliases: ["Artyom", "Artiom", "Artiom-Primorski 1", "Artyom-Primorsky 1"] },
  { canonical: "Primorye", within: "Russia", type: "region", aliases: ["Primorye", "Primorié", "kraï du Primorié", "Primorski"] },
  { canonical: "Amur", within: "Russia", type: "region", aliases: ["Amur", "Amour"] },
  { canonical: "Russian Far East", within: "Russia", type: "region", aliases: ["Russian Far East", "Extrême-Orient russe", "Far East"] },
  { canonical: "Vostochny Cosmodrome", within: "Amur", type: "place", aliases: ["Vostochny", "Vostotchny", "Cosmodrome Vostotchny", "Vostochny Cosmodrome"] },
  { canonical: "Russky Island", within: "Vladivostok", type: "place", aliases: ["Russky Island", "Île Rousski", "Rousski", "Russky"] },
  { canonical: "Far Eastern Federal University", within: "Russky Island", type: "org", aliases: ["Far Eastern Federal University", "Université fédérale d'Extrême-Orient", "Université fédérale russe d'Extrême-Orient", "Université d'Extrême-Orient"] },
  { canonical: "Donetsk", within: "Ukraine", type: "region", aliases: ["Donetsk"] },
  { canonical: "Luhansk", within: "Ukraine", type: "region", aliases: ["Luhansk", "Louhansk", "Lugansk"] },
];

/**
 * More countries and capitals, compactly: [English, French, capital (English), capital (French, if
 * different), demonyms]. Their headline phrases (« en Italie ») live in the language packs (headline.placePhrases).
 */
const COUNTRIES: [string, string, string, string | null, string[]][] = [
  ["United Kingdom", "Royaume-Uni", "London", "Londres", ["britannique", "britanniques", "British"]],
  ["Italy", "Italie", "Rome", null, ["italien", "italienne", "Italian"]],
  ["Spain", "Espagne", "Madrid", null, ["espagnol", "espagnole", "Spanish"]],
  ["Poland", "Pologne", "Warsaw", "Varsovie", ["polonais", "polonaise", "Polish"]],
  ["Belarus", "Biélorussie", "Minsk", null, ["biélorusse", "Belarusian"]],
  ["Turkey", "Turquie", "Ankara", null, ["turc", "turque", "Turkish"]],
  ["Iran", "Iran", "Tehran", "Téhéran", ["iranien", "iranienne", "Iranian"]],
  ["Iraq", "Irak", "Baghdad", "Bagdad", ["irakien", "irakienne", "Iraqi"]],
  ["Israel", "Israël", "Jerusalem", "Jérusalem", ["israélien", "israélienne", "Israeli"]],
  ["Palestine", "Palestine", "Ramallah", null, ["palestinien", "palestinienne", "Palestinian"]],
  ["Lebanon", "Liban", "Beirut", "Beyrouth", ["libanais", "libanaise", "Lebanese"]],
  ["Egypt", "Égypte", "Cairo", "Le Caire", ["égyptien", "égyptienne", "Egyptian"]],
  ["Saudi Arabia", "Arabie saoudite", "Riyadh", "Riyad", ["saoudien", "saoudienne", "Saudi"]],
  ["India", "Inde", "New Delhi", null, ["indien", "indienne", "Indian"]],
  ["Pakistan", "Pakistan", "Islamabad", null, ["pakistanais", "pakistanaise", "Pakistani"]],
  ["Afghanistan", "Afghanistan", "Kabul", "Kaboul", ["afghan", "afghane", "Afghan"]],
  ["Taiwan", "Taïwan", "Taipei", null, ["taïwanais", "taïwanaise", "Taiwanese"]],
  ["Vietnam", "Viêt Nam", "Hanoi", "Hanoï", ["vietnamien", "vietnamienne", "Vietnamese"]],
  ["Mongolia", "Mongolie", "Ulaanbaatar", "Oulan-Bator", ["mongol", "mongole", "Mongolian"]],
  ["Canada", "Canada", "Ottawa", null, ["canadien", "canadienne", "Canadian"]],
  ["Mexico", "Mexique", "Mexico City", null, ["mexicain", "mexicaine", "Mexican"]],
  ["Brazil", "Brésil", "Brasília", "Brasilia", ["brésilien", "brésilienne", "Brazilian"]],
  ["Australia", "Australie", "Canberra", null, ["australien", "australienne", "Australian"]],
  ["Belgium", "Belgique", "Brussels", "Bruxelles", ["belge", "belges", "Belgian"]],
  ["Switzerland", "Suisse", "Bern", "Berne", ["suisse", "Swiss"]],
  ["Morocco", "Maroc", "Rabat", null, ["marocain", "marocaine", "Moroccan"]],
  ["Algeria", "Algérie", "Algiers", "Alger", ["algérien", "algérienne", "Algerian"]],
  ["Burkina Faso", "Burkina Faso", "Ouagadougou", null, ["burkinabè", "Burkinabe"]],
  ["Mali", "Mali", "Bamako", null, ["malien", "malienne", "Malian"]],
  ["Senegal", "Sénégal", "Dakar", null, ["sénégalais", "sénégalaise", "Senegalese"]],
];

for (const [en, fr, capital, capitalFr, demonyms] of COUNTRIES) {
  if (!GAZETTEER.some((e) => e.canonical === en)) {
    GAZETTEER.push({ canonical: en, type: "country", aliases: [...new Set([en, fr])], adjectives: demonyms });
  }
  if (!GAZETTEER.some((e) => e.canonical === capital)) {
    GAZETTEER.push({ canonical: capital, type: "city", within: en, aliases: capitalFr ? [capital, capitalFr] : [capital] });
  }
}
// Capitals already listed as country aliases above are cities of their country too.
for (const [city, country] of [["Paris", "France"], ["Berlin", "Germany"], ["Beijing", "China"], ["Tokyo", "Japan"]] as const) {
  const c = GAZETTEER.find((e) => e.canonical === country);
  if (c) c.aliases = c.aliases.filter((a) => a !== city && a !== "Pékin");
  if (!GAZETTEER.some((e) => e.canonical === city))
    GAZETTEER.push({ canonical: city, type: "city", within: country, aliases: city === "Beijing" ? ["Beijing", "Pékin"] : [city] });
}

export interface EntityMatch {
  entry: GazetteerEntry;
  start: number;
  end: number;
  text: string;
  /** True when the match is an adjective/demonym ("russe"), not the name itself. */
  adjective: boolean;
}

interface CompiledAlias {
  entry: GazetteerEntry;
  folded: string;
  adjective: boolean;
  /** Aliases that are all-caps acronyms must match case-sensitively (US vs "us"). */
  caseSensitive: string | null;
}

let compiled: { aliases: CompiledAlias[]; re: RegExp; byFolded: Map<string, CompiledAlias> } | null = null;

const normAlias = (a: string) => foldKeepOffsets(a).replace(/[-'\s]+/g, " ");

function compile() {
  if (compiled) return compiled;
  const aliases: CompiledAlias[] = [];
  for (const entry of GAZETTEER) {
    for (const a of entry.aliases)
      aliases.push({ entry, folded: normAlias(a), adjective: false, caseSensitive: /^[A-Z.]{2,5}$/.test(a) ? a : null });
    for (const a of entry.adjectives ?? []) aliases.push({ entry, folded: normAlias(a), adjective: true, caseSensitive: null });
  }
  aliases.sort((x, y) => y.folded.length - x.folded.length);
  const byFolded = new Map<string, CompiledAlias>();
  for (const a of aliases) if (!byFolded.has(a.folded)) byFolded.set(a.folded, a);
  // Separators in the text may be space, hyphen or apostrophe: match them all.
  const alt = [...byFolded.keys()].map((f) => escapeRegExp(f).replace(/ /g, "[-' ]+")).join("|");
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt})(?![\\p{L}\\p{N}])`, "gu");
  compiled = { aliases, re, byFolded };
  return compiled;
}

/** All gazetteer matches in `text` (longest first, non-overlapping), offsets into `text`. */
export function findEntities(text: string): EntityMatch[] {
  const { re, byFolded } = compile();
  const folded = foldKeepOffsets(text);
  const out: EntityMatch[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    const key = m[0].replace(/[-'\s]+/g, " ");
    const a = byFolded.get(key);
    if (!a) continue;
    const original = text.slice(m.index, m.index + m[0].length);
    if (a.caseSensitive && original !== a.caseSensitive) continue;
    // Proper-noun aliases must be capitalised in the text (avoid "amour", "kim" in lowercase prose).
    if (!a.adjective && !/^[\p{Lu}\d]/u.test(original)) continue;
    out.push({ entry: a.entry, start: m.index, end: m.index + m[0].length, text: original, adjective: a.adjective });
  }
  return out;
}

/** Resolve a free-form name to its canonical gazetteer form (alias-aware), or null. */
export function canonicalName(name: string): string | null {
  const { byFolded } = compile();
  const a = byFolded.get(normAlias(name).trim());
  return a && !a.adjective ? a.entry.canonical : null;
}

export function entryFor(canonical: string): GazetteerEntry | undefined {
  return GAZETTEER.find((e) => e.canonical === canonical);
}

/** The place a demonym or place adjective points at ("nord-coréennes" → North Korea), or null. */
export function demonymPlace(word: string): GazetteerEntry | null {
  const { byFolded } = compile();
  const a = byFolded.get(normAlias(word).trim());
  return a && a.adjective ? a.entry : null;
}

/** The gazetteer entry of a place name (alias-aware), or null for unknown names and non-places. */
export function placeEntry(name: string): GazetteerEntry | null {
  const { byFolded } = compile();
  const a = byFolded.get(normAlias(name).trim());
  return a && !a.adjective && a.entry.type !== "person" && a.entry.type !== "org" ? a.entry : null;
}
