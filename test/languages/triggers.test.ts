/**
 * Triggers and kinds of the common news events in de/es/it/pt/nl/ru (table: triggers-table.ts): each
 * inflection is found, with its kind and its language-free predicate class.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract";
import { findTriggers } from "../../src/extract/triggers";
import { getLocale } from "../../src/languages";
import { INFLECTIONS, NEWS_EVENTS } from "./triggers-table";

for (const [language, rows] of Object.entries(NEWS_EVENTS)) {
  describe(`news events (${language})`, () => {
    for (const [sentence, trigger, kind, predicate] of [...rows, ...INFLECTIONS[language]]) {
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

describe("a news event through extraction, in each language", () => {
  // Thursday 14 September 2023; "Monday" in a past sentence is the 11th.
  const BANKRUPTCY: Record<string, string> = {
    de: "Der Autobauer Nordwerk hat am Montag in Berlin Insolvenz angemeldet.",
    es: "La empresa Nortex se declaró en quiebra el lunes en Madrid.",
    it: "L'azienda Nortex ha dichiarato fallimento lunedì a Milano.",
    pt: "A empresa Nortex pediu falência na segunda-feira em Lisboa.",
    nl: "Het bedrijf Nortex is maandag in Amsterdam failliet verklaard.",
    ru: "Компания «Нортекс» в понедельник объявила о банкротстве в Москве.",
  };
  for (const [language, text] of Object.entries(BANKRUPTCY)) {
    it(`${language}: a bankruptcy on Monday is one dated economic incident with the same predicate`, () => {
      const r = extractArticle({ url: "u", text, language, publishedAt: "2023-09-14" }, { receivedAt: "2023-09-14T10:00:00Z" });
      expect(r.incidents.map((i) => ({ kind: i.kind, predicate: i.predicate, date: i.date.value, status: i.status }))).toEqual([
        { kind: "economic", predicate: "bankruptcy", date: "2023-09-11", status: "happened" },
      ]);
    });
  }
});
