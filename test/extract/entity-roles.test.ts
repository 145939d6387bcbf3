import { describe, expect, it } from "vitest";
import { analyseEntities } from "../../src/extract/entities";
import { segmentSentences } from "../../src/extract/sentences";
import { getLocale } from "../../src/languages";
import { tag } from "../../src/temporal";

function mentions(text: string, lang = "en") {
  const dates = tag(text, { referenceDate: "2010-06-08", language: lang });
  const a = analyseEntities(text, segmentSentences(text, lang), dates, getLocale(lang));
  return a.mentions.map((m) => [m.surface, m.cluster.canonical, m.cluster.type]);
}

describe("a role inside a capitalised span", () => {
  it("the person after an organisation's role is the name (“Apple CEO Steve Jobs”)", () => {
    const ms = mentions("Apple CEO Steve Jobs unveiled the phone on Monday. Jobs said it was thin.");
    expect(ms).toContainEqual(["Steve Jobs", "Steve Jobs", "person"]);
    expect(ms).toContainEqual(["Jobs", "Steve Jobs", "person"]);
    expect(ms.some((m) => m[0].includes("CEO"))).toBe(false);
  });
  it("several role words and a judge's title", () => {
    expect(mentions("Federal Reserve Chairman Ben Bernanke spoke in Washington.")).toContainEqual(["Ben Bernanke", "Ben Bernanke", "person"]);
    expect(mentions("The case was heard by Presiding Judge Martin Mann in London.")).toContainEqual(["Martin Mann", "Martin Mann", "person"]);
  });
  it("an organisation name with a role-like word stays whole", () => {
    const ms = mentions("He visited the General Motors plant and the Kansas General Hospital.");
    expect(ms.map((m) => m[0])).toContain("General Motors");
    expect(ms.some((m) => m[0] === "Hospital")).toBe(false);
  });
});

describe("a model designation before a name", () => {
  it("opens the name (“3G iPhone”), but a lone amount does not", () => {
    expect(mentions("Apple launched the 3G iPhone on Monday.")).toContainEqual(["3G iPhone", "3G iPhone", "org"]);
    expect(mentions("He ran 10K races in Boston.").some((m) => m[0].startsWith("10K"))).toBe(false);
  });
});

describe("a name with a model number is a full name", () => {
  it("“iPhone 4” is not a short form of “iPhone OS”", () => {
    const ms = mentions("Apple updated iPhone OS on Monday. iPhone 4 will be available on June 24.");
    expect(ms).toContainEqual(["iPhone 4", "iPhone 4", "org"]);
  });
});
