import { describe, expect, it } from "vitest";
import { analyseEntities } from "../../src/extract/entities";
import { segmentSentences } from "../../src/extract/sentences";
import { getLocale } from "../../src/languages";
import { tag } from "../../src/temporal";
import { entityKey, initials } from "../../src/entities/key";

/** Every mention as [surface, canonical name of its cluster, type]. */
function entities(text: string, lang: string, reference = "2009-06-02") {
  const sentences = segmentSentences(text, lang);
  const dates = tag(text, { referenceDate: reference, language: lang });
  const a = analyseEntities(text, sentences, dates, getLocale(lang));
  return { mentions: a.mentions.map((m) => [m.surface, m.cluster.canonical, m.cluster.type]), adjectives: a.adjectives.map((x) => x.place), a };
}

describe("entity chunking, English", () => {
  const text =
    "General Motors Corp. filed for bankruptcy protection on Monday. GM's chief executive, Fritz Henderson, said the automaker would emerge leaner. " +
    "President Barack Obama said the US Treasury would own 60% of the company. Obama praised Mary Barra. Analysts expected the move. " +
    "Airbus cut prices, while Boeing's orders fell. The European Commission approved the deal in Brussels on Tuesday.";
  const { mentions } = entities(text, "en");
  const of = (surface: string) => mentions.find((m) => m[0] === surface);

  it("finds organisations by legal suffixes and organisation words, keeping the canonical name without the suffix", () => {
    expect(of("General Motors")).toEqual(["General Motors", "General Motors", "org"]);
    expect(of("US Treasury")?.[2]).toBe("org");
    expect(of("European Commission")?.[2]).toBe("org");
  });
  it("resolves acronyms and possessives to the full name", () => {
    expect(of("GM")).toEqual(["GM", "General Motors", "org"]);
    expect(of("Boeing")?.[1]).toBe("Boeing");
  });
  it("takes titles off people and resolves short forms", () => {
    expect(of("Barack Obama")).toEqual(["Barack Obama", "Barack Obama", "person"]);
    expect(of("Obama")).toEqual(["Obama", "Barack Obama", "person"]);
    expect(of("Mary Barra")?.[2]).toBe("person");
    expect(of("Fritz Henderson")?.[2]).toBe("person");
  });
  it("finds places and leaves sentence-initial ordinary words and dates alone", () => {
    expect(of("Brussels")?.[2]).toBe("city");
    expect(mentions.map((m) => m[0])).not.toContain("Analysts");
    expect(mentions.map((m) => m[0])).not.toContain("Monday");
    expect(mentions.map((m) => m[0])).not.toContain("President");
  });
  it("continues a name with a model number but not with an amount", () => {
    const m = entities("Apple released the iPhone 3G in July. Boeing 787 deliveries resumed. GM 60% owned by the state.", "en").mentions.map((x) => x[0]);
    expect(m).toContain("iPhone 3G");
    expect(m).toContain("Boeing 787");
    expect(m).toContain("GM");
  });
});

describe("entity chunking, French", () => {
  const text =
    "Le dirigeant nord-coréen Kim Jong-un a quitté Pyongyang dimanche. Selon l'agence Kyodo, il est arrivé mardi à Khassan. " +
    "Le président russe Vladimir Poutine l'a reçu. Poutine a déclaré que la Russie aiderait la Corée du Nord. " +
    "Le ministre de la Défense Sergueï Choïgou était présent. Le groupe Airbus a annoncé un contrat.";
  const { mentions, adjectives } = entities(text, "fr", "2023-09-13");
  const of = (surface: string) => mentions.find((m) => m[0] === surface);

  it("finds people with their nation from a demonym, and short forms", () => {
    expect(of("Kim Jong-un")?.[2]).toBe("person");
    expect(of("Poutine")).toEqual(["Poutine", "Vladimir Poutine", "person"]);
    expect(of("Sergueï Choïgou")?.[2]).toBe("person");
    expect(mentions.map((m) => m[0])).not.toContain("Défense");
  });
  it("finds organisations after « l'agence », « le groupe »", () => {
    expect(of("Kyodo")?.[2]).toBe("org");
    expect(of("Airbus")?.[2]).toBe("org");
  });
  it("finds places with their canonical name and demonyms as places", () => {
    expect(of("Corée du Nord")).toEqual(["Corée du Nord", "North Korea", "country"]);
    expect(of("Russie")?.[1]).toBe("Russia");
    expect(of("Khassan")?.[1]).toBe("Khasan");
    expect(adjectives).toEqual(expect.arrayContaining(["North Korea", "Russia"]));
  });
});

describe("alias keys across spellings, languages and scripts", () => {
  it.each([
    ["Choïgou", "Shoigu"],
    ["Sergueï Choïgou", "Sergei Shoigu"],
    ["Khassan", "Khasan"],
    ["Poutine", "Putin"],
    ["Путин", "Putin"],
    ["Хасан", "Khasan"],
    ["Kim Jong-un", "Kim Jong Un"],
    ["Pjöngjang", "Pyongyang"],
    ["Wladimir Putin", "Vladimir Poutine"],
  ])("%s = %s", (a, b) => expect(entityKey(a)).toBe(entityKey(b)));
  it("keeps different names apart", () => {
    expect(entityKey("Airbus")).not.toBe(entityKey("Boeing"));
    expect(entityKey("Barack Obama")).not.toBe(entityKey("Michelle Obama"));
  });
  it("gives initials for acronyms", () => expect(initials("General Motors")).toBe("gm"));
});
