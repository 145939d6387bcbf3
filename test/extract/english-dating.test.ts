import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract";

/** English news through the whole extraction (real tagger, real lexicons): which dates date which event. */
const en = (text: string, publishedAt = "1989-11-02") =>
  extractArticle({ url: "u", text, publishedAt, language: "en" }, { receivedAt: `${publishedAt}T00:00:00Z` }).incidents;
const dates = (text: string, publishedAt?: string) => en(text, publishedAt).map((i) => i.date.value);

describe("English: dates that do not date the sentence's event", () => {
  it("the baseline of a change ('from $X a year earlier') dates the old figure, not the change", () => {
    expect(dates("Revenue declined 8% to $85.7 million, from $93.3 million a year earlier.")).toEqual([]);
    expect(dates("The computer maker said net jumped to $87 million, or $2.02 a share, from $58 million, or $1.40 a share, a year earlier.")).toEqual([]);
    expect(dates("Sales were C$348.2 million compared with C$307.2 a year earlier.")).toEqual([]);
    // The event's own date stays when the baseline comes with it.
    expect(dates("Net rose 4% in the third quarter to $525.8 million from $504.2 million last year.")).toEqual(["1989-Q3"]);
    // "from" not followed by a figure is no baseline.
    expect(dates("The delegation returned from Moscow last week.")).toContain("1989-W43");
  });

  it("a record date ('to stock of record Nov. 17') is no event date; the payment date is", () => {
    expect(dates("ONEIDA Ltd. declared a 10% stock dividend, payable Dec. 15 to stock of record Nov. 17.")).not.toContain("1989-11-17");
    expect(dates("The increased dividend will be paid Dec. 14 to holders of record Nov. 15.")).toEqual(["1989-12-14"]);
  });

  it("the end of an accounting period ('the quarter ended Sept. 30') is no event", () => {
    const inc = en("In the quarter ended July 31, Jayark had an average of 5.6 million shares outstanding.");
    expect(inc.map((i) => i.trigger)).not.toContain("ended");
    const delta = en("For the quarter ended Sept. 30, Delta posted net income of $133.1 million.");
    expect(new Set(delta.map((i) => i.trigger))).toEqual(new Set(["posted"]));
    // A real ending keeps its date.
    expect(en("The strike ended Sept. 30 after six weeks.").map((i) => i.date.value)).toContain("1989-09-30");
  });

  it("a date after 'before/after/ahead of/than' orders the event, it is not its date", () => {
    expect(dates("Many professional traders had chosen to square positions ahead of the weekend.")).toEqual([]);
    expect(dates("Dresdner will buy the shares after Jan. 1, 1990, at 1,015 francs a share.")).toEqual([]);
    expect(dates("The gain left wages 3.8 percent higher than a year earlier.")).toEqual([]);
    // The date of an event noun after the preposition still dates that event.
    const ruling = en("Protesters gathered again after Thursday's ruling.");
    expect(ruling.find((i) => i.trigger === "ruling")?.date.value).toBe("1989-11-02");
    expect(dates("Police have searched for Kopp since shortly after the Oct. 23 slaying.")).toEqual(["1989-10-23"]);
  });

  it("a decade or a century is too coarse to date an incident, in any language", () => {
    expect(dates("The situation began to relax in the early 1990s.")).toEqual([]);
    expect(dates("Her brother, who was imprisoned as an activist in the 1960s, followed in 1979.")).toEqual(["1979"]);
    const fr = extractArticle({ url: "u", text: "La ville a été fondée au XIIe siècle et détruite en 1944.", publishedAt: "2002-01-10", language: "fr" }, { receivedAt: "2002-01-10T00:00:00Z" });
    expect(fr.incidents.map((i) => i.date.value)).toEqual(["1944"]);
  });

  it("a date naming a deadline ('the Jan. 14 deadline') dates no event", () => {
    expect(dates("Meissner gave no reason for the Jan. 14 deadline.", "2000-01-05")).toEqual([]);
    expect(dates("The bank said its effort would continue past the Nov. 1 deadline.")).toEqual([]);
    // A deadline met on a date of its own still dates the event.
    expect(dates("The company met the deadline on Nov. 1.")).toEqual(["1989-11-01"]);
  });
});
