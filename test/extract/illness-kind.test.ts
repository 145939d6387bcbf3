import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract";

/** A fight whose object is a disease is an illness, not a conflict (the kind is judged by the object). */
const run = (text: string, language: "en" | "fr", publishedAt = "2011-08-25") =>
  extractArticle({ url: "u", text, publishedAt, language }, { receivedAt: `${publishedAt}T00:00:00Z` }).incidents;

describe("illness uses of conflict verbs", () => {
  it("English: 'fought cancer' / 'fighting cancer' are one illness kind, 'fought rebels' a conflict", () => {
    const a = run("Jane Doe fought pancreatic cancer in 2004.", "en");
    const b = run("Jane Doe has been fighting pancreatic cancer since 2004.", "en");
    expect(a.map((i) => [i.kind, i.predicate, i.date.value])).toEqual([["disaster", "illness", "2004"]]);
    expect(b.map((i) => [i.kind, i.predicate])).toEqual([["disaster", "illness"]]);
    expect(run("Government troops fought the rebels in 2004.", "en").map((i) => i.kind)).toEqual(["conflict"]);
    expect(run("The army was fighting in the north in 2004.", "en").map((i) => i.kind)).toEqual(["conflict"]);
  });

  it("French: « a combattu un cancer », « lutte contre la maladie » are an illness, « l'offensive » a conflict", () => {
    expect(run("Jeanne Dupont a combattu un cancer du pancréas en 2004.", "fr").map((i) => i.kind)).toEqual(["disaster"]);
    expect(run("Jeanne Dupont lutte contre la maladie depuis 2004.", "fr").map((i) => i.predicate)).toEqual(["illness"]);
    expect(run("L'armée a lancé une offensive en 2004.", "fr").map((i) => i.kind)).toEqual(["conflict"]);
  });
});
