/** English robustness sweep on wire-style news written for the purpose (not from the evaluation corpora). */
import { describe, expect, it } from "vitest";
import { tag } from "../../src/temporal/index";
import { mention } from "./helpers";

const REF = "2024-09-20"; // a Friday
const en = (text: string, expr: string, ref = REF) => mention(text, expr, ref, "en");
const texts = (text: string, ref = REF) => tag(text, { referenceDate: ref, language: "en" }).map((m) => m.text);

describe("en robustness: 'over the past …' is 'during', not 'more than'", () => {
  it("a determined period after 'over' has no mod; 'over' + a number keeps MORE_THAN", () => {
    expect(en("Over the past five years, exports doubled.", "the past five years")).toMatchObject({ type: "DURATION", value: "P5Y" });
    expect(en("Over the past five years, exports doubled.", "the past five years").mod).toBeUndefined();
    expect(en("Over the next three years, the plan will cost $2 billion.", "the next three years").mod).toBeUndefined();
    expect(en("He was jailed for over three years.", "three years").mod).toBe("MORE_THAN");
  });
});

describe("en robustness: numbers with thousands separators", () => {
  it("'the 1,000-day war' is P1000D, not '000-day'", () => {
    expect(en("The 1,000-day war shows no sign of ending.", "1,000-day")).toMatchObject({ type: "DURATION", value: "P1000D" });
    expect(en("The siege lasted 1,200 days.", "1,200 days").value).toBe("P1200D");
  });
});

describe("en robustness: noon/midnight + weekday after 'for'", () => {
  it("'set for noon Thursday' is one time", () => {
    expect(en("The vote is set for noon Thursday.", "noon Thursday")).toMatchObject({ type: "TIME", value: "2024-09-19T12:00" });
  });
});

describe("en robustness: frequencies", () => {
  it("'twice a week', 'three times a year' are sets with their frequency in the extent", () => {
    expect(en("Patients receive treatment twice a week.", "twice a week")).toMatchObject({ type: "SET", value: "P1W" });
    expect(en("The board meets three times a year.", "three times a year")).toMatchObject({ type: "SET", value: "P1Y" });
  });
  it("'every five years' is a set of that period; 'once a year' a set, not a duration", () => {
    expect(en("The law will be reviewed every five years.", "every five years")).toMatchObject({ type: "SET", value: "P5Y" });
    expect(en("Buses run every 10 minutes.", "every 10 minutes")).toMatchObject({ type: "SET", value: "PT10M" });
    expect(en("He travels abroad once a year.", "a year")).toMatchObject({ type: "SET", value: "P1Y" });
  });
  it("'annually' is a set, except as the adverb of a growth rate", () => {
    expect(en("The report is published annually.", "annually")).toMatchObject({ type: "SET", value: "P1Y" });
    expect(texts("Sales are forecast to rise 8.5% annually.")).toEqual([]);
  });
});

describe("en robustness: a day of the month alone", () => {
  it("'on the 24th' takes the nearest month in the tense direction", () => {
    expect(en("The verdict is due on the 24th, the court said.", "the 24th")).toMatchObject({ type: "DATE", value: "2024-09-24" });
    expect(en("The suspect was arrested on the 30th.", "the 30th").value).toBe("2024-08-30");
    expect(en("The trial is set to begin on the 30th.", "the 30th").value).toBe("2024-09-30");
    expect(en("The payment is due by the 15th of next month.", "the 15th of next month").value).toBe("2024-10-15");
  });
  it("ordinals of nouns are not days", () => {
    expect(texts("He lives on the 14th floor and celebrated his 50th birthday.")).toEqual([]);
    expect(texts("Woods made a birdie on the 18th.")).toEqual([]);
    expect(texts("The payments were made on the 1st and 15th of each month.")).toEqual(["each month"]);
  });
});

describe("en robustness: four-digit wire times with a zone", () => {
  it("'1842 GMT' is a clock time, not the year 1842", () => {
    expect(en("Rescuers reached the site at 1842 GMT.", "1842 GMT")).toMatchObject({ type: "TIME", value: "2024-09-20T18:42" });
    expect(texts("The quake struck at 3:42 a.m. (1842 GMT Tuesday).")).not.toContain("1842 GMT");
    expect(tag("The quake struck at 3:42 a.m. (1842 GMT Tuesday).", { referenceDate: REF, language: "en" }).map((m) => m.value)).not.toContain("1842");
  });
});

describe("en robustness: weekday ranges", () => {
  it("the end of 'from Monday to Wednesday' follows its start", () => {
    const s = "The summit runs from Monday to Wednesday in Paris.";
    expect(en(s, "Monday").value).toBe("2024-09-23");
    expect(en(s, "Wednesday").value).toBe("2024-09-25");
    expect(en("The protests lasted from Tuesday through Thursday.", "Thursday").value).toBe("2024-09-19");
  });
});

describe("en robustness: month ranges", () => {
  it("the end of 'from April to October' follows its start", () => {
    const s = "The season runs from April to October.";
    expect(en(s, "April", "2024-03-14").value).toBe("2024-04");
    expect(en(s, "October", "2024-03-14").value).toBe("2024-10");
  });
});

describe("en robustness: prices are not clock times", () => {
  it("'$1.08 late Wednesday' is late Wednesday, not 01:08", () => {
    expect(texts("The euro rose to $1.09 from $1.08 late Wednesday.", "2024-03-14")).toEqual(["late Wednesday"]);
    expect(en("The euro rose to $1.09 from $1.08 late Wednesday.", "late Wednesday", "2024-03-14")).toMatchObject({ type: "DATE", value: "2024-03-13", mod: "END" });
  });
});

describe("en robustness: a clock time takes the day named after its zone", () => {
  it("'9:30 a.m. local time on Thursday', '10:35 a.m. (0735 GMT) Tuesday'", () => {
    const cases: [string, string, string][] = [
      ["The blast happened at 9:30 a.m. local time on Thursday.", "9:30 a.m.", "2024-09-19T09:30"],
      ["The quake struck at 10:35 a.m. (0735 GMT) Tuesday.", "10:35 a.m.", "2024-09-17T10:35"],
      ["He arrived at 9 a.m. and left on Thursday.", "9 a.m.", "2024-09-20T09:00"],
    ];
    for (const [text, expr, value] of cases) expect(en(text, expr).value, text).toBe(value);
  });
});

describe("en robustness: scores and newspapers", () => {
  it("the second number of a score is no hour; the Sunday papers are no dates", () => {
    expect(texts("The 49ers beat the Jets 32-19 on Monday night.")).toEqual(["Monday night"]);
    expect(en("The 49ers beat the Jets 32-19 on Monday night.", "Monday night").value).toBe("2024-09-16TNI");
    expect(texts("Sunday Times journalist John Smith reported the leak.")).toEqual([]);
    expect(texts("The Sunday Telegraph said talks resumed on Sunday.")).toEqual(["Sunday"]);
  });
});

describe("en robustness: page furniture", () => {
  it("'Updated …' / 'Published: …' stamps are dropped, the article's dates kept", () => {
    expect(texts("Updated 10:32 AM EDT, Fri September 20, 2024\nThe court ruled on Thursday.")).toEqual(["Thursday"]);
    expect(texts("Published: 6:15 p.m. ET Sept. 19, 2024\nRebels attacked on Wednesday.")).toEqual(["Wednesday"]);
    expect(texts("Updated figures released on Monday showed growth.")).toEqual(["Monday"]);
  });
});
