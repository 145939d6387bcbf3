import { describe, expect, it } from "vitest";
import { countryByCode, countryOf, lookupDemonym, lookupPlace, longestPlaceAt, nameKey, placeName } from "../../src/places";
import countries from "../../src/places/data/countries.json";

const PACK_LANGS = ["en", "fr", "de", "es", "it", "pt", "nl", "ru"];
const id = (surface: string, lang?: string) => lookupPlace(surface, lang)?.id;

describe("countries in many languages and scripts", () => {
  it("finds a country by its name in each pack language, accent-, case-, hyphen-insensitively", () => {
    for (const name of ["North Korea", "Corée du Nord", "Coree-du-Nord", "COREE DU NORD", "Nordkorea", "Corea del Norte", "Corea del Nord", "Coreia do Norte", "Noord-Korea", "Северная Корея", "КНДР", "DPRK"]) {
      expect(id(name), name).toBe("country:KP");
    }
    for (const name of ["Russia", "Russie", "Russland", "Rusia", "Rússia", "Rusland", "Россия", "Russian Federation", "Fédération de Russie"]) {
      expect(id(name), name).toBe("country:RU");
    }
    for (const name of ["United States", "États-Unis", "Etats Unis", "Vereinigte Staaten", "Estados Unidos", "Stati Uniti", "USA", "US", "U.S.", "U.S.A.", "США"]) {
      expect(id(name), name).toBe("country:US");
    }
    const russianCases: [string, string][] = [["России", "RU"], ["Россию", "RU"], ["Китая", "CN"], ["Северной Корее", "KP"], ["Японией", "JP"]];
    for (const [name, code] of russianCases) expect(lookupPlace(name, "ru")?.id, name).toBe(`country:${code}`);
    expect(id("Côte d’Ivoire")).toBe("country:CI");
    expect(id("Cote d'Ivoire")).toBe("country:CI");
    expect(id("Ivory Coast")).toBe("country:CI");
  });

  it("reads short capital-letter names only in capitals", () => {
    expect(id("us", "en")).toBeUndefined();
    expect(id("Us", "en")).toBeUndefined();
    expect(id("UK")).toBe("country:GB");
    expect(id("uk")).toBeUndefined();
  });

  it("gives the name of a country in a language, falling back to the canonical name", () => {
    const russia = lookupPlace("Россия")!;
    expect(russia.canonical).toBe("Russia");
    expect(placeName(russia, "fr")).toBe("Russie");
    expect(placeName(russia, "de")).toBe("Russland");
    expect(placeName(russia, "ru")).toBe("Россия");
    expect(placeName(russia, "xx")).toBe("Russia");
    expect(placeName(russia, "fr-CA")).toBe("Russie");
    expect(placeName(lookupPlace("USA")!, "fr")).toBe("États-Unis");
    expect(placeName(lookupPlace("Corée du Nord")!, "es")).toBe("Corea del Norte");
  });

  it("round-trips every country's display name in every pack language", () => {
    const data = countries as Record<string, Record<string, string[]>>;
    const shared = new Set<string>(); // one display name for two countries ("Saint-Martin": MF and SX)
    for (const lang of PACK_LANGS) {
      const seen = new Map<string, string>();
      for (const [code, names] of Object.entries(data)) {
        const key = `${lang}:${nameKey(names[lang]?.[0] ?? "")}`;
        if (seen.has(key)) shared.add(key);
        seen.set(key, code);
      }
    }
    let checked = 0;
    for (const code of Object.keys(data)) {
      const country = countryByCode(code)!;
      for (const lang of PACK_LANGS) {
        const name = placeName(country, lang);
        if (shared.has(`${lang}:${nameKey(name)}`)) continue;
        expect(lookupPlace(name, lang)?.id, `${code} ${lang} ${name}`).toBe(country.id);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1900);
  });
});

describe("demonyms with their inflections", () => {
  it("maps every inflection to the country, per language", () => {
    const cases: [string, string[]][] = [
      ["fr", ["nord-coréen", "nord-coréenne", "nord-coréens", "nord-coréennes", "Nord-Coréens", "nord coréen"]],
      ["de", ["nordkoreanisch", "nordkoreanische", "nordkoreanischen", "nordkoreanischer", "nordkoreanisches", "Nordkoreaner"]],
      ["es", ["norcoreano", "norcoreana", "norcoreanos", "norcoreanas"]],
      ["en", ["North Korean", "North Koreans", "north korean"]],
      ["nl", ["Noord-Koreaans", "Noord-Koreaanse"]],
    ];
    for (const [lang, forms] of cases) for (const form of forms) expect(lookupDemonym(form, lang)?.id, `${lang} ${form}`).toBe("country:KP");
    expect(lookupDemonym("russes", "fr")?.id).toBe("country:RU");
    expect(lookupDemonym("Russes", "FR-fr")?.id).toBe("country:RU");
    expect(lookupDemonym("russische", "de")?.id).toBe("country:RU");
    expect(lookupDemonym("Americans", "en")?.id).toBe("country:US");
    expect(lookupDemonym("américaines", "fr")?.id).toBe("country:US");
    expect(lookupDemonym("estadounidenses", "es")?.id).toBe("country:US");
    expect(lookupDemonym("francesi", "it")?.id).toBe("country:FR");
    expect(lookupDemonym("chinesische", "de")?.id).toBe("country:CN");
  });

  it("keeps a form for the sovereign state over territories and drops a form two states share", () => {
    expect(lookupDemonym("French", "en")?.id).toBe("country:FR"); // not the French Southern Territories
    expect(lookupDemonym("Congolese", "en")).toBeUndefined(); // Congo and DR Congo
  });

  it("knows demonyms only in their language", () => {
    expect(lookupDemonym("nord-coréennes", "de")).toBeUndefined();
    expect(lookupDemonym("nord-coréennes", "xx")).toBeUndefined();
    expect(lookupDemonym("Korea", "en")).toBeUndefined();
  });
});

describe("cities and regions", () => {
  it("finds cities by their own and alternate names, in Latin and Cyrillic script", () => {
    for (const name of ["Moscow", "Moscou", "Moskau", "Mosca", "Москва"]) expect(id(name, "en"), name).toBe("city:524901");
    for (const name of ["Beijing", "Peking", "Pékin", "Pechino", "Пекин"]) expect(id(name, "fr"), name).toBe("city:1816670");
    for (const name of ["Seoul", "Séoul", "Сеул"]) expect(id(name, "fr"), name).toBe("city:1835848");
    expect(lookupPlace("München")?.canonical).toBe("Munich");
    expect(lookupPlace("Londres", "fr")?.canonical).toBe("London");
    expect(lookupPlace("London")?.country).toBe("GB"); // the larger London wins over London, Ontario
  });

  it("gives a city's country and a region's country", () => {
    expect(countryOf(lookupPlace("Moscou")!)?.id).toBe("country:RU");
    expect(countryOf(lookupPlace("Séoul")!)?.id).toBe("country:KR");
    expect(countryOf(lookupPlace("Vladivostok")!)?.canonical).toBe("Russia");
    expect(placeName(countryOf(lookupPlace("Pyongyang")!)!, "fr")).toBe("Corée du Nord");
    const bavaria = lookupPlace("Bavaria")!;
    expect(bavaria.type).toBe("region");
    expect(countryOf(bavaria)?.id).toBe("country:DE");
    expect(countryOf(lookupPlace("Russia")!)?.id).toBe("country:RU");
  });

  it("carries population for cities, and a country wins over a city of the same name", () => {
    expect(lookupPlace("Moscow")!.population).toBeGreaterThan(10_000_000);
    expect(lookupPlace("Luxembourg")?.type).toBe("country");
    expect(lookupPlace("Georgia")?.type).toBe("country"); // not the US state
  });
});

describe("names that are common words", () => {
  it("does not read English words as places in English prose", () => {
    for (const word of ["Mobile", "Split", "Reading", "Of", "Van", "Nice", "Sale", "Cork"]) expect(id(word, "en"), word).toBeUndefined();
  });

  it("keeps them in a language where they are not words", () => {
    expect(lookupPlace("Nice", "fr")?.country).toBe("FR");
    expect(lookupPlace("Split", "fr")?.country).toBe("HR");
    expect(id("Split", "en-GB")).toBeUndefined();
    expect(lookupPlace("Reading", "fr")?.country).toBe("GB");
  });

  it("refuses a common word in every pack language when no language is given", () => {
    expect(id("Nice")).toBeUndefined();
    expect(id("Mobile")).toBeUndefined();
  });

  it("accepts a capitalised common word for a country or a very large city, never in lower case", () => {
    expect(id("Turkey", "en")).toBe("country:TR");
    expect(id("turkey", "en")).toBeUndefined();
    expect(id("Chad", "en")).toBe("country:TD");
    expect(id("Pékin", "fr")).toBe("city:1816670");
    expect(id("pékin", "fr")).toBeUndefined();
    expect(id("Seul", "fr")).toBeUndefined(); // French "alone", Portuguese for Seoul
    expect(id("Seul", "pt")).toBe("city:1835848");
  });

  it("reads a first name as a place only for a country or a place of half a million people", () => {
    expect(id("Paul", "en")).toBeUndefined(); // a region of Cape Verde
    expect(id("Florence", "en")).toBeUndefined(); // 367 000 people: the first name is likelier
    expect(lookupPlace("Charlotte", "en")?.country).toBe("US");
    expect(id("Jordan", "en")).toBe("country:JO");
    expect(lookupPlace("Bavaria")!.population).toBeGreaterThan(10_000_000); // a region's places, summed
  });

  it("reads German capitalised nouns as words, not city demonyms", () => {
    expect(id("Mann", "de")).toBeUndefined(); // "Männer": a noun, though Manx for the Isle of Man
    expect(id("Dabei", "de")).toBeUndefined(); // an alternate name of Dubai, not a capital
    expect(lookupPlace("Bonn", "de")?.country).toBe("DE"); // "Bonner" is a demonym, not a plural
    expect(lookupPlace("Mailand", "de")?.canonical).toBe("Milan"); // "Mailänder(in)"
    expect(lookupPlace("Genf", "de")?.country).toBe("CH");
  });

  it("does not give an alternate name to a city when it is another place's own name", () => {
    // GeoNames lists "Khasan" as an alternate name of Hassan (India); Khasan is also a village in Russia.
    expect(lookupPlace("Khasan")?.country).not.toBe("IN");
  });
});

describe("longestPlaceAt", () => {
  const at = (text: string, word: string, lang?: string) => {
    const start = text.indexOf(word);
    const hit = longestPlaceAt(text, start, lang);
    return hit && { id: hit.place.id, text: text.slice(start, hit.end) };
  };

  it("takes the longest multi-word name starting at the offset", () => {
    const fr = "Kim Jong-un est arrivé en Corée du Nord, puis à Rio de Janeiro et à New York.";
    expect(at(fr, "Corée", "fr")).toEqual({ id: "country:KP", text: "Corée du Nord" });
    expect(at(fr, "Rio", "fr")).toEqual({ id: "city:3451190", text: "Rio de Janeiro" });
    expect(at(fr, "New", "fr")).toEqual({ id: "city:5128581", text: "New York" });
    expect(at("Troops entered Papua New Guinea today.", "Papua", "en")).toEqual({ id: "country:PG", text: "Papua New Guinea" });
    expect(at("He flew to Guinea-Bissau.", "Guinea", "en")).toEqual({ id: "country:GW", text: "Guinea-Bissau" });
  });

  it("stops at punctuation and drops a possessive", () => {
    expect(at("Russia's army, and China.", "Russia", "en")).toEqual({ id: "country:RU", text: "Russia" });
    expect(at("Talks with the U.S. ended.", "U.S.", "en")).toEqual({ id: "country:US", text: "U.S." });
    expect(at("Arrivé en Russie. Puis", "Russie", "fr")).toEqual({ id: "country:RU", text: "Russie" });
  });

  it("skips a one-word place that is a first name followed by a capitalised word", () => {
    expect(at("George Bush arrived.", "George", "en")).toBeUndefined();
    expect(at("Charlotte Church sang in Charlotte tonight.", "Charlotte", "en")).toBeUndefined();
    expect(at("Charlotte Church sang in Charlotte tonight.", "Charlotte tonight", "en")?.text).toBe("Charlotte");
    expect(at("Dominique Strauss-Kahn", "Dominique", "fr")).toBeUndefined();
    expect(at("He flew to Florida Monday.", "Florida", "en")?.text).toBe("Florida"); // a first name in one locale only
  });

  it("does not read demonyms, acronyms or common phrases through other places' names", () => {
    expect(id("German", "en")).toBeUndefined(); // a demonym, though a region bears the name
    expect(id("Somali", "en")).toBeUndefined(); // the Somali Region of Ethiopia
    expect(id("Somalia", "en")).toBe("country:SO");
    expect(at("The White House said", "White", "en")).toBeUndefined(); // an alternate name of Casablanca
    expect(at("MIAMI _ Cuban exiles", "MIAMI", "en")).toEqual({ id: "city:4164138", text: "MIAMI" });
    expect(at("in the United States,'' he said", "United", "en")?.text).toBe("United States");
  });

  it("finds nothing where no place name starts", () => {
    expect(at("Le président a parlé.", "président", "fr")).toBeUndefined();
    expect(at("Reading the report", "Reading", "en")).toBeUndefined();
    expect(longestPlaceAt("xRussia", 1, "en")?.place.id).toBe("country:RU");
    expect(longestPlaceAt("in Russia", 2 + 10, "en")).toBeUndefined();
  });
});
