import { describe, expect, it } from "vitest";
import { analyseEntities } from "../../src/extract/entities";
import { segmentSentences } from "../../src/extract/sentences";
import { getLocale } from "../../src/languages";
import { tag } from "../../src/temporal";

/** [text, canonical name, description?] of every mention. */
function mentions(text: string, lang = "en") {
  const dates = tag(text, { referenceDate: "2008-01-09", language: lang });
  const a = analyseEntities(text, segmentSentences(text, lang), dates, getLocale(lang));
  return a.mentions.map((m) => [text.slice(m.start, m.end), m.cluster.canonical, !!m.description]);
}

describe("definite descriptions refer back to a name", () => {
  it("“the store” after “the iTunes Music Store” is that store", () => {
    const ms = mentions("Apple launched the iTunes Music Store in 2003. Since its launch the store has sold more than 3 billion songs.");
    expect(ms).toContainEqual(["store", "iTunes Music Store", true]);
  });
  it("a head word that opens the name when it names a kind of organisation (“the bank”)", () => {
    expect(mentions("Bank of America cut its forecast. The bank said profits would fall.")).toContainEqual(["bank", "Bank of America", true]);
  });
  it("nothing in reach, a person, or a word that is not the name's head: no description", () => {
    const far = mentions("Apple launched the iTunes Music Store. One. Two. Three. Four. Then the store closed.");
    expect(far.some((m) => m[2])).toBe(false);
    const person = mentions("Steve Jobs spoke on Monday. The jobs report was bad.");
    expect(person.some((m) => m[2])).toBe(false);
    const notHead = mentions("Apple launched the iTunes Music Store. The music was loud.");
    expect(notHead.some((m) => m[2])).toBe(false);
  });
  it("French: « la banque » after « la Banque de France »", () => {
    expect(mentions("La Banque de France a relevé ses prévisions lundi. La banque prévoit une croissance de 1 %.", "fr")).toContainEqual(["banque", "Banque de France", true]);
  });
});
