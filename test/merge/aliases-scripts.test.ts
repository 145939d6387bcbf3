import { describe, expect, it } from "vitest";
import { actorMatches, sameName } from "../../src/merge/aliases";
import { transliterate } from "../../src/entities/transliterate";

describe("names across scripts and spellings share an alias key", () => {
  it.each([
    ["Ким Чен Ын", "Kim Jong-un"],
    ["Kim Jong Un", "Kim Jong-un"],
    ["Kim Jongun", "Kim Jong-un"],
    ["Ким Ё Чжон", "Kim Yo-jong"],
    ["Путин", "Vladimir Putin"],
    ["Владимир Путин", "Wladimir Putin"],
    ["Vladímir Putin", "Poutine"],
    ["Шойгу", "Choïgou"],
    ["Сергей Лавров", "Sergueï Lavrov"],
    ["Αλέξης Τσίπρας", "Alexis Tsipras"],
    ["Κυριάκος Μητσοτάκης", "Kyriakos Mitsotakis"],
  ])("%s = %s", (a, b) => {
    expect(sameName(a, b)).toBe(true);
    expect(sameName(b, a)).toBe(true);
  });
});

describe("near misses stay apart", () => {
  it.each([
    ["Kim Jong-il", "Kim Jong-un"],
    ["Kim Yo-jong", "Kim Jong-un"],
    ["Kim Jong-nam", "Kim Jong-un"],
    ["Kim Il-sung", "Kim Jong-un"],
    ["Ким Ир Сен", "Ким Чен Ын"],
    ["Moon Jae-in", "Moon Jae-hyun"],
    ["Lavrov", "Lavrova"],
    ["Jean-Marie Le Pen", "Marine Le Pen"],
    ["Jean-Pierre Raffarin", "Jean-Pierre Chevènement"],
    ["Sergei Lavrov", "Sergei Shoigu"],
  ])("%s ≠ %s", (a, b) => {
    expect(sameName(a, b)).toBe(false);
  });
});

describe("?actor= finds a name in every script", () => {
  it.each([
    ["Vladimir Putin", "Путин"],
    ["Vladimir Putin", "Poutine"],
    ["Владимир Путин", "Putin"],
    ["Kim Jong-un", "Ким Чен Ын"],
    ["Ким Чен Ын", "Kim Jong-un"],
    ["Kim Jong-un", "Kim Jong Un"],
  ])("actor %s answers %s", (actor, query) => expect(actorMatches(actor, query)).toBe(true));

  it("does not answer a near miss", () => {
    expect(actorMatches("Kim Jong-il", "Kim Jong-un")).toBe(false);
    expect(actorMatches("Kim Yo-jong", "Ким Чен Ын")).toBe(false);
  });
});

describe("transliteration tables", () => {
  it("romanises Cyrillic (BGN/PCGN) and Greek (ELOT 743) letter by letter, other scripts untouched", () => {
    expect(transliterate("Хасан")).toBe("Khasan");
    expect(transliterate("Шойгу")).toBe("Shoygu");
    expect(transliterate("Щёкино")).toBe("Shchekino");
    expect(transliterate("Львів")).toBe("Lviv");
    expect(transliterate("Αθήνα").toLowerCase()).toBe("athina");
    expect(transliterate("Pjöngjang")).toBe("Pjöngjang");
    expect(transliterate("平壤")).toBe("平壤");
  });
});

describe("initials stand for a name only against an acronym", () => {
  it("GM is General Motors, in both directions", () => {
    expect(sameName("GM", "General Motors")).toBe(true);
    expect(sameName("General Motors", "GM")).toBe(true);
  });
  it("two full names with the same initials are not one name", () => {
    expect(sameName("Vladimir Putin", "Vladimir Potanin")).toBe(false);
    expect(sameName("General Motors", "General Mills")).toBe(false);
  });
});
