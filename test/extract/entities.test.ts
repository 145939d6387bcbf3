import { describe, expect, it } from "vitest";
import { canonicalName, findEntities } from "../../src/extract/gazetteer";
import { findSentenceEntities } from "../../src/extract/entities-legacy";
import { getLocale } from "../../src/languages";

describe("gazetteer aliases", () => {
  it.each([
    ["Choïgou", "Sergei Shoigu"],
    ["Choïgu", "Sergei Shoigu"],
    ["Shoigu", "Sergei Shoigu"],
    ["Shoygu", "Sergei Shoigu"],
    ["Sergueï Choïgou", "Sergei Shoigu"],
    ["Khasan", "Khasan"],
    ["Khassan", "Khasan"],
    ["Primorié", "Primorye"],
    ["Primorye", "Primorye"],
    ["Corée du Nord", "North Korea"],
    ["North Korea", "North Korea"],
    ["Pyongyang", "Pyongyang"],
    ["Poutine", "Vladimir Putin"],
    ["Kim Jong Un", "Kim Jong-un"],
  ])("%s → %s", (alias, canonical) => expect(canonicalName(alias)).toBe(canonical));

  it("finds aliases in running text, accent/hyphen-insensitively, longest first", () => {
    const names = findEntities("Le ministre Sergueï Choïgu est arrivé à Pyong-yang, en Corée du Nord.").map((m) => m.entry.canonical);
    expect(names).toEqual(["Sergei Shoigu", "Pyongyang", "North Korea"]);
  });

  it("does not take lowercase words for names", () => {
    expect(findEntities("un amour de jeunesse").length).toBe(0);
  });
});

describe("sentence entities", () => {
  const fr = getLocale("fr");
  it("uses patterns: 'la ville de X' is a place, 'le président X Y' a person", () => {
    const es = findSentenceEntities("Le président Jean Dupont est arrivé dans la ville de Bourg-la-Reine.", fr);
    expect(es.find((e) => e.name === "Jean Dupont")?.role).toBe("actor");
    expect(es.find((e) => e.name.startsWith("Bourg"))?.role).toBe("place");
  });
  it("keeps adjectives (russe, nord-coréen) as places, not actors", () => {
    const es = findSentenceEntities("Le dirigeant nord-coréen a rencontré le président russe.", fr);
    expect(es.every((e) => e.role === "place")).toBe(true);
    expect(es.map((e) => e.name).sort()).toEqual(["North Korea", "Russia"]);
  });
});
