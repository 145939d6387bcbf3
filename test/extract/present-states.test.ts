/**
 * Issue 8: a state told in the simple present ("the phone has two cameras", "the store sells music",
 * « l'appareil pèse 300 grammes ») holds at the time of writing: it is dated by the publication day,
 * wherever the narrative's reference time is, and never by another event's date. Inputs are invented
 * (not from the seeds or the evaluation corpora).
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract";
import { findTriggers } from "../../src/extract/triggers";
import { getLocale } from "../../src/languages";

const en = getLocale("en");
const fr = getLocale("fr");
const PUB = "2024-03-06T09:00:00.000Z";
const extract = (text: string, language = "en") => extractArticle({ url: "https://example.test/a", text, publishedAt: PUB, language }, { receivedAt: PUB });
const states = (text: string, loc = en) => findTriggers(text, loc).filter((t) => t.entry.sense === "state").map((t) => t.text);
const BACKGROUND = "Northwind Corp unveiled a tablet on Monday in Oslo. The firm was founded in 1998 by two engineers. Its founders sold a first phone in 2001. ";

describe("present state triggers", () => {
  it("main verbs in the 3rd person present: has + object, uses, comes in, costs, sells", () => {
    expect(states("The Aurora tablet has two cameras, comes in three colours and costs $399.")).toEqual(["has", "comes in", "costs"]);
    expect(states("The store sells films and uses a new codec.")).toEqual(["sells", "uses"]);
  });
  it("not an auxiliary, a noun after a determiner, an infinitive or a negation", () => {
    expect(states("The tablet has been sold. It has twice won prizes. Its features are many. Its uses grow.")).toEqual([]);
    expect(states("It was designed to work with Aurora. It does not work with Linux.")).toEqual([]);
  });
  it("French: « possède », « pèse », « coûte »", () => {
    expect(states("La tablette pèse 300 grammes et coûte 399 euros.", fr)).toEqual(["pèse", "coûte"]);
  });
});

describe("a present state is dated by the publication day", () => {
  it("even after a background passage that leaves the story's time", () => {
    const r = extract(BACKGROUND + "The Aurora tablet has two cameras and a steel frame.");
    const state = r.incidents.filter((i) => i.sentenceIndex === 3);
    expect(state.map((i) => [i.date.start, i.date.inferred, i.predicate])).toEqual([["2024-03-06", "publication", "state"]]);
    expect(state[0].title).toMatch(/^(?:The )?Aurora tablet has two cameras/);
  });
  it("a past event there gets no date (the control: only the present holds now)", () => {
    const r = extract(BACKGROUND + "The Aurora tablet won two design prizes.");
    expect(r.incidents.filter((i) => i.sentenceIndex === 3)).toEqual([]);
  });
  it("'now' / 'currently' and vague past words ('more recently') do not keep the present from the publication day", () => {
    const r = extract(BACKGROUND + "The Northwind store currently sells films, and more recently has begun to rent games.");
    expect(r.incidents.filter((i) => i.sentenceIndex === 3).map((i) => [i.kind, i.date.start])).toEqual([["economic", "2024-03-06"]]);
  });
  it("an explicit date goes to the sentence's event, never to the state", () => {
    const r = extract(BACKGROUND + "In 2005 the firm opened a store in Bergen that has 40 employees.");
    expect(r.incidents.filter((i) => i.sentenceIndex === 3).map((i) => i.predicate)).not.toContain("state");
  });
  it("French: « L'appareil pèse 300 grammes » after a background passage", () => {
    const r = extract("Nordvent a présenté lundi une tablette à Oslo. La société a été fondée en 1998. La tablette Nova pèse 300 grammes.", "fr");
    expect(r.incidents.filter((i) => i.sentenceIndex === 2).map((i) => [i.date.start, i.date.inferred])).toEqual([["2024-03-06", "publication"]]);
  });
});
