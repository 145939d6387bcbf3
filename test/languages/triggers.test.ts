/**
 * Triggers and kinds of the common news events in de/es/it/pt/nl/ru (table: triggers-table.ts): each
 * inflection is found, with its kind and its language-free predicate class.
 */
import { describe, expect, it } from "vitest";
import { findTriggers } from "../../src/extract/triggers";
import { getLocale } from "../../src/languages";
import { NEWS_EVENTS } from "./triggers-table";

for (const [language, rows] of Object.entries(NEWS_EVENTS)) {
  describe(`news events (${language})`, () => {
    for (const [sentence, trigger, kind, predicate] of rows) {
      it(`${sentence} → ${kind}/${predicate}`, () => {
        const found = findTriggers(sentence, getLocale(language)).map((t) => ({ text: t.text, kind: t.entry.kind, predicate: t.entry.sense }));
        expect(found).toContainEqual({ text: trigger, kind, predicate });
      });
    }
  });
}

describe("predicate classes are language-free", () => {
  it("the same event, told in each language, gets the same kind and class", () => {
    const languages = Object.keys(NEWS_EVENTS);
    const classes = (l: string) => NEWS_EVENTS[l].map(([, , kind, predicate]) => `${kind}/${predicate}`);
    for (const l of languages) expect(classes(l), l).toEqual(classes(languages[0]));
  });
  it("bankruptcies and acquisitions are not the generic economic class", () => {
    for (const [language, rows] of Object.entries(NEWS_EVENTS)) {
      const sentence = rows.find(([, , , p]) => p === "bankruptcy")![0];
      const senses = findTriggers(sentence, getLocale(language)).map((t) => t.entry.sense);
      expect(senses, language).not.toContain("economic");
    }
  });
});
