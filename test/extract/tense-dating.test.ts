/**
 * Issue 8's tense and aspect rules for dating events told without a date of their own, and the status of
 * intended events. Inputs are invented (not from the seeds or the evaluation corpora).
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract";
import { findTriggers } from "../../src/extract/triggers";
import { inferStatus } from "../../src/extract/status";
import { getLocale } from "../../src/languages";
import { LEAD_SENTENCES, nextReference, referenceDate, START } from "../../src/extract/incident/reference";

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

describe("the narrative's reference time dates the undated events that follow a story date", () => {
  const story =
    "Northwind Corp unveiled a tablet on Monday in Oslo. Chief executive Maria Lund said that the device would cost less than its rivals. " +
    "The company sold two million phones. Lund said the tablet had been designed in Norway over several years. " +
    "Northwind was founded in 1998 by two engineers. The company launched its first phone.";
  const r = extract(story, "en", "2024-03-06T09:00:00.000Z");
  const of = (n: number) => r.incidents.filter((i) => i.sentenceIndex === n);
  it("a past-tense event without a date takes the last story date (Monday), marked as inferred", () => {
    expect(of(2).map((i) => [i.date.start, i.date.text, i.date.inferred])).toEqual([["2024-03-04", "", "reference"]]);
  });
  it("a statement whose content is planned is itself the event of the reference time", () => {
    const [said] = of(1);
    expect(said.kind).toBe("statement");
    expect(said.date.start).toBe("2024-03-04");
    expect(said.title).toMatch(/cost less/);
  });
  it("a past perfect lies before the reference time: the report is dated, not the anterior event", () => {
    expect(of(3).map((i) => i.kind)).toEqual(["statement"]);
  });
  it("a background date (1998) leaves the story's time: the undated event after it gets no date", () => {
    expect(of(4).map((i) => i.date.value)).toEqual(["1998"]);
    expect(of(5)).toEqual([]);
  });
  it("a duration or a frequency does not stop the reference time ('for five years', 'per week')", () => {
    const r2 = extract("Northwind Corp unveiled a tablet on Monday in Oslo. The company sold two million phones per week.", "en");
    expect(r2.incidents.filter((i) => i.sentenceIndex === 1).map((i) => i.date.start)).toEqual(["2024-03-04"]);
  });
  it("French: « a signé lundi » then an undated passé composé takes lundi", () => {
    const r3 = extract("La société Nordvent a signé lundi un contrat avec la région. Le groupe a acheté deux usines à Lyon.", "fr");
    expect(r3.incidents.filter((i) => i.sentenceIndex === 1).map((i) => [i.date.start, i.date.inferred])).toEqual([["2024-03-04", "reference"]]);
  });
});

describe("reference time, step by step", () => {
  const day = (d: string) => ({ value: d, start: d, end: d, granularity: "day", text: "lundi" });
  const inc = (d: ReturnType<typeof day>, status: "happened" | "planned" = "happened") => ({ date: d, status }) as never;
  it("a recent day becomes the story date; a planned one does not move it; a distant one leaves the story", () => {
    let ref = nextReference(START, [inc(day("2024-03-04"))], "2024-03-06");
    expect(referenceDate(ref, 9, "2024-03-06")).toMatchObject({ start: "2024-03-04", inferred: "reference", text: "" });
    ref = nextReference(ref, [inc(day("2024-03-20"), "planned")], "2024-03-06");
    expect(referenceDate(ref, 9, "2024-03-06")?.start).toBe("2024-03-04");
    ref = nextReference(ref, [inc(day("2019-05-01"))], "2024-03-06");
    expect(referenceDate(ref, 9, "2024-03-06")).toBeUndefined();
  });
  it("before any story date, only the lead takes the publication day", () => {
    expect(referenceDate(START, 0, "2024-03-06")).toMatchObject({ start: "2024-03-06", inferred: "publication" });
    expect(referenceDate(START, LEAD_SENTENCES, "2024-03-06")).toBeUndefined();
  });
});

describe("trigger classes that are no longer 'other'", () => {
  const kinds = (text: string, loc = fr) => findTriggers(text, loc).filter((t) => t.entry.sense !== "generic").map((t) => t.entry.kind);
  it("French: speech acts and decisions, taking part in a gathering, votes, works and hiring", () => {
    expect(kinds("Le maire a rappelé les règles")).toEqual(["statement"]);
    expect(kinds("Le conseil a décidé la fermeture")).toContain("statement");
    expect(kinds("Trois cents bénévoles ont participé")).toEqual(["meeting"]);
    expect(kinds("Le conseil municipal a adopté le budget")).toEqual(["election"]);
    expect(kinds("La commune a recruté deux agents")).toEqual(["economic"]);
    expect(kinds("Les travaux commencent")[0]).toBe("economic");
  });
  it("English: what a speaker does on stage (described, praised, demoed, admitted)", () => {
    for (const v of ["described", "praised", "demoed", "admitted", "explained"]) expect(kinds(`The chief executive ${v} the new model`, en)).toEqual(["statement"]);
  });
});

describe("a report whose dates all belong to its content happened at the reference time", () => {
  it("'Lund said that the company sold 40 000 tablets last year' → the sale last year and the statement on Monday", () => {
    const r = extract("Northwind Corp unveiled a tablet on Monday in Oslo. Chief executive Maria Lund said that the company sold 40,000 tablets last year.", "en");
    const second = r.incidents.filter((i) => i.sentenceIndex === 1);
    expect(second.map((i) => i.date.value).sort()).toEqual(["2023", "2024-03-04"]);
    expect(second.find((i) => i.date.value === "2024-03-04")).toMatchObject({ kind: "statement", principal: "Maria Lund", date: { inferred: "reference" } });
  });
  it("a postposed date dates the report itself (« …, ont confirmé les deux pays lundi »): no second report", () => {
    const r = extract("La société Nordvent a signé lundi un contrat avec la région. Nordvent ouvrira une usine à Brest, ont confirmé les deux partenaires mardi.", "fr", "2024-03-06T08:00:00.000Z");
    expect(r.incidents.filter((i) => i.sentenceIndex === 1 && i.date.inferred)).toEqual([]);
  });
});

describe("a light verb and its event noun", () => {
  it("« a procédé hier à un remaniement » is the reshuffle, not a generic act", () => {
    const r = extract("Le maire de Lunel, Paul Vidal, a procédé hier à un remaniement de ses adjoints.", "fr");
    expect(r.incidents.map((i) => i.kind)).toEqual(["election"]);
  });
});

describe("reports after a background passage", () => {
  const story =
    "Northwind Corp unveiled a tablet on Monday in Oslo. Its founder Per Lund started the firm in 1998 and sold it in 2005. " +
    "Analyst Kari Berg said that the tablet was the thinnest ever made by a Nordic company.";
  const r = extract(story, "en", "2024-03-06T09:00:00.000Z");
  it("a report without a date takes the story date, even after a background date", () => {
    const said = r.incidents.filter((i) => i.sentenceIndex === 2);
    expect(said.map((i) => [i.kind, i.date.start, i.date.inferred])).toEqual([["statement", "2024-03-04", "reference"]]);
  });
  it("a statement that says nothing beyond its speaker is no incident (« Kim déclare », 'Berg says')", () => {
    const r2 = extract("Northwind Corp unveiled a tablet on Monday in Oslo. Analyst Kari Berg called it bold.", "en");
    expect(r2.incidents.filter((i) => i.sentenceIndex === 1 && i.kind === "statement" && /^(?:Kari )?Berg says$/.test(i.title))).toEqual([]);
  });
});

describe("event anaphora: a definite event noun refers back to the event already told", () => {
  it("'Since its launch …' takes the launch's date and participants", () => {
    const r = extract("Northwind Corp launched its music service on May 3, 2019 in Oslo. Since its launch the service has sold 2 million songs.", "en");
    const launch = r.incidents.find((i) => i.sentenceIndex === 0)!;
    const back = r.incidents.find((i) => i.sentenceIndex === 1 && /launch/.test(i.trigger));
    expect(back).toMatchObject({ date: { start: "2019-05-03", inferred: "reference" }, principal: launch.principal, title: launch.title });
  });
  it("a noun referring back to a plan takes no date (« la rencontre » after « doit rencontrer »)", () => {
    const r = extract("La ministre Claire Dubois est arrivée lundi à Lisbonne, où elle doit rencontrer son homologue. Le lieu de la rencontre n'est pas connu.", "fr");
    expect(r.incidents.filter((i) => i.sentenceIndex === 1 && i.kind === "meeting")).toEqual([]);
  });
  it("an indefinite noun is a new event ('a launch')", () => {
    const r = extract("Northwind Corp launched its music service on May 3, 2019 in Oslo. Analysts expect a launch in Sweden.", "en");
    expect(r.incidents.filter((i) => i.sentenceIndex === 1 && i.date.inferred === "reference" && /launch/.test(i.trigger))).toEqual([]);
  });
});
