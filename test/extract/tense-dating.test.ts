/**
 * Issue 8's tense and aspect rules for dating events told without a date of their own, and the status of
 * intended events. Inputs are invented (not from the seeds or the evaluation corpora).
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract";
import { findTriggers } from "../../src/extract/triggers";
import { inferStatus } from "../../src/extract/status";
import { getLocale } from "../../src/languages";

const fr = getLocale("fr");
const en = getLocale("en");
const statusOf = (clause: string, word: string, loc = fr, date = "2024-03-05", pub = "2024-03-05") => {
  const t = findTriggers(clause, loc).find((x) => x.text.toLowerCase().includes(word))!;
  expect(t, `trigger ${word} in ${clause}`).toBeDefined();
  return inferStatus(clause, t, t.start, loc, date, pub);
};
const extract = (text: string, language: string, publishedAt = "2024-03-05T08:00:00.000Z") =>
  extractArticle({ url: "https://example.test/a", text, publishedAt, language }, { receivedAt: publishedAt });

describe("intended events are planned, not dated by the day they are told", () => {
  it("French infinitive of intent or obligation: « pour discuter », « doit signer », « compte se rendre »", () => {
    expect(statusOf("La ministre est à Lisbonne pour discuter du budget", "discuter")).toBe("planned");
    expect(statusOf("Le maire doit signer la convention avec la région", "signer")).toBe("planned");
    expect(statusOf("Le président compte se rendre à Dakar", "rendre")).toBe("planned");
    expect(statusOf("La ministre a discuté du budget à Lisbonne", "discuté")).toBe("happened");
  });
  it("English intent: 'is due to meet', 'plans to sell', 'in order to discuss'", () => {
    expect(statusOf("The minister is due to meet the unions", "meet", en)).toBe("planned");
    expect(statusOf("The carmaker plans to acquire a truck maker", "acquire", en)).toBe("planned");
    expect(statusOf("The envoy flew to Oslo in order to discuss the truce", "discuss", en)).toBe("planned");
    expect(statusOf("The carmaker sold its truck unit", "sold", en)).toBe("happened");
  });
  it("an intended meeting in the lead gets no publication-day incident", () => {
    const r = extract("La ministre Claire Dubois est arrivée à Lisbonne, où elle doit rencontrer son homologue portugais.", "fr");
    expect(r.incidents.some((i) => i.kind === "meeting" && i.status !== "planned" && i.date.start === "2024-03-05")).toBe(false);
  });
});

describe("a trigger that opens the sentence is a headline's noun, not the news of the day", () => {
  it("« Rencontre au sommet à Dakar : … » takes the verb that has a subject", () => {
    const r = extract("Rencontre au sommet à Dakar : le convoi du président Amadou Sy a franchi la frontière", "fr");
    expect(r.incidents.map((i) => i.trigger)).not.toContain("Rencontre");
    expect(r.incidents.some((i) => /franchi/.test(i.trigger))).toBe(true);
  });
});
