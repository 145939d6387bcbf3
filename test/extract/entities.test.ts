import { describe, expect, it } from "vitest";
import { canonicalName, findEntities } from "../../src/extract/gazetteer";

describe("gazetteer place aliases", () => {
  it.each([
    ["Khasan", "Khasan"],
    ["Khassan", "Khasan"],
    ["Primorié", "Primorye"],
    ["Primorye", "Primorye"],
    ["Corée du Nord", "North Korea"],
    ["North Korea", "North Korea"],
    ["Pyongyang", "Pyongyang"],
  ])("%s → %s", (alias, canonical) => expect(canonicalName(alias)).toBe(canonical));

  it("finds place aliases in running text, accent/hyphen-insensitively, longest first", () => {
    const names = findEntities("Le ministre est arrivé à Pyong-yang, en Corée du Nord.").map((m) => m.entry.canonical);
    expect(names).toEqual(["Pyongyang", "North Korea"]);
  });

  it("does not take lowercase words for names", () => {
    expect(findEntities("un amour de jeunesse").length).toBe(0);
  });
});

