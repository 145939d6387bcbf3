import { describe, expect, it } from "vitest";
import { tag } from "../../src/temporal/index";
import { mention, values } from "./helpers";

const REF = "2023-09-12"; // Tuesday
const en = (text: string, expr: string, ref = REF) => mention(text, expr, ref, "en");

describe("en: weekdays, parts of day, tense", () => {
  it("bare weekday follows the tense", () => {
    expect(en("Kim left Pyongyang on Sunday.", "Sunday", "2023-09-14").value).toBe("2023-09-10");
    expect(en("Kim will meet Putin on Sunday.", "Sunday", "2023-09-14").value).toBe("2023-09-17");
  });
  it("irregular pasts and reporting verbs look back; bare present takes the nearest day", () => {
    expect(en("Kim met Putin on Wednesday.", "Wednesday", "2023-09-14").value).toBe("2023-09-13");
    expect(en("The forum ends Wednesday.", "Wednesday").value).toBe("2023-09-13");
  });
  it("qualified weekdays and parts of day", () => {
    expect(en("He arrived last Wednesday.", "last Wednesday").value).toBe("2023-09-06");
    expect(en("He will come next Monday.", "next Monday").value).toBe("2023-09-18");
    expect(en("Kim left on Sunday afternoon.", "Sunday afternoon")).toMatchObject({ type: "TIME", value: "2023-09-10TAF", range: { start: "2023-09-10", end: "2023-09-10" } });
    expect(en("He spoke this morning.", "this morning")).toMatchObject({ type: "TIME", value: "2023-09-12TMO" });
    expect(en("The night of Tuesday to Wednesday, the train left.", "The night of Tuesday to Wednesday")).toMatchObject({ type: "TIME", value: "2023-09-12TNI" });
  });
});

describe("en: dates, months, years, weeks, ranges", () => {
  it("dates with and without year", () => {
    expect(en("The deal was signed on Sept. 10.", "Sept. 10").value).toBe("2023-09-10");
    expect(en("The deal was signed on Aug. 7, 1998.", "Aug. 7, 1998").value).toBe("1998-08-07");
  });
  it("months and years", () => {
    expect(en("Prices rose in July.", "July")).toMatchObject({ value: "2023-07", range: { start: "2023-07-01", end: "2023-07-31" } });
    expect(en("The law passed in February 2022.", "February 2022").value).toBe("2022-02");
    expect(en("He was elected in 2019.", "2019").value).toBe("2019");
    expect(en("Sales fell last year.", "last year").value).toBe("2022");
  });
  it("weeks, early/mid/late, seasons, decades, quarters", () => {
    expect(en("He will travel next week.", "next week")).toMatchObject({ value: "2023-W38", range: { start: "2023-09-18", end: "2023-09-24" } });
    expect(en("Sales rose in early September.", "early September")).toMatchObject({ value: "2023-09", mod: "START" });
    expect(en("It peaked in mid-July.", "mid-July")).toMatchObject({ value: "2023-07", mod: "MID" });
    expect(en("He came last summer.", "last summer").value).toBe("2022-SU");
    expect(en("It began in the 1980s.", "the 1980s").value).toBe("198");
    expect(en("Profit rose in the second quarter.", "the second quarter").value).toBe("2023-Q2");
  });
  it("ranges", () => {
    expect(en("The summit runs from September 10 to September 13.", "September 10 to September 13").range).toEqual({ start: "2023-09-10", end: "2023-09-13" });
    expect(en("The forum runs between September 10 and 13.", "between September 10 and 13").range).toEqual({ start: "2023-09-10", end: "2023-09-13" });
    expect(en("The forum ran from 10 to 13 September.", "10 to 13 September").range).toEqual({ start: "2023-09-10", end: "2023-09-13" });
    expect(en("The forum runs Sept. 10-13.", "Sept. 10-13").range).toEqual({ start: "2023-09-10", end: "2023-09-13" });
  });
  it("anaphoric days are relative to the date in focus", () => {
    const t = "The summit opened on Sept. 10. The day before, Kim had arrived. The next day, he left. The next morning, he spoke.";
    expect(values(t, REF, "en")).toEqual(["Sept. 10=2023-09-10", "The day before=2023-09-09", "The next day=2023-09-11", "The next morning=2023-09-11TMO"]);
    expect(values("The day before yesterday it rained; the day after tomorrow it will snow.", REF, "en")).toEqual([
      "The day before yesterday=2023-09-10",
      "the day after tomorrow=2023-09-14",
    ]);
  });
  it("deictic days", () => {
    expect(values("Yesterday it rained; tomorrow it will be sunny; today it is cloudy.", REF, "en")).toEqual(["Yesterday=2023-09-11", "tomorrow=2023-09-13", "today=2023-09-12"]);
  });
});

describe("en: vague references, durations, sets", () => {
  it("vague references", () => {
    expect(en("Currently, the museum is closed.", "Currently").value).toBe("PRESENT_REF");
    expect(en("They will meet in the coming days.", "the coming days").value).toBe("FUTURE_REF");
    expect(en("It happened in the past.", "the past").value).toBe("PAST_REF");
  });
  it("durations", () => {
    expect(en("It was the first time in four years.", "four years")).toMatchObject({ type: "DURATION", value: "P4Y" });
    expect(en("It has been isolated for more than twenty years.", "more than twenty years")).toMatchObject({ type: "DURATION", value: "P20Y", mod: "MORE_THAN" });
    expect(en("He finished 30.4 seconds ahead.", "30.4 seconds").value).toBe("PT30.4S");
    expect(en("Sales in the first nine months rose.", "the first nine months").value).toBe("P9M");
  });
  it("halves, fiscal periods, quarters in focus", () => {
    expect(en("They lived in camps for 2 1/2 years.", "2 1/2 years").value).toBe("P2Y6M");
    expect(en("Net income for the year ended March 31 rose.", "the year").value).toBe("P1Y");
    const t = "Third-quarter profit rose 5% to $10 million from $9 million a year earlier.";
    expect(values(t, "1989-10-26", "en")).toEqual(["Third-quarter=1989-Q3", "a year earlier=1988-Q3"]);
  });
  it("sets", () => {
    expect(en("The museum opens every Monday.", "every Monday")).toMatchObject({ type: "SET", value: "XXXX-WXX-1" });
    expect(en("It is published daily.", "daily")).toMatchObject({ type: "SET", value: "P1D" });
    expect(en("The plan saves $500 million a year.", "a year")).toMatchObject({ type: "SET", value: "P1Y" });
  });
});

describe("en: false friends", () => {
  const none = (t: string) => expect(tag(t, { referenceDate: REF, language: "en" })).toEqual([]);
  it("scores, prices, street numbers, ages", () => {
    none("The score was 3-1.");
    none("He is 45 years old.");
    none("A 45-year-old man was arrested.");
    none("He lives at 12 Main Street.");
    none("He paid $2000 for 1500 shares.");
    none("You may go.");
  });
});

describe("locale registry", () => {
  it("reads only numeric dates in a language without a pack, and accepts regional tags", () => {
    expect(tag("He left yesterday.", { referenceDate: REF, language: "ko" }).map((m) => m.value)).toEqual([]);
    expect(tag("회담은 2023-09-13 열렸다. 12/09/2023 도착.", { referenceDate: REF, language: "ko" }).map((m) => m.value)).toEqual(["2023-09-13", "2023-09-12"]);
    expect(tag("Il est parti hier.", { referenceDate: new Date("2023-09-12T08:00:00Z"), language: "fr-CA" }).map((m) => m.value)).toEqual(["2023-09-11"]);
  });
});
