import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract";

/** Verb phrases coordinated under one subject: each conjunct has its own trigger, its own date and the shared subject. */
const run = (text: string, language: "en" | "fr", publishedAt = "2006-03-29") =>
  extractArticle({ url: "u", text, publishedAt, language }, { receivedAt: `${publishedAt}T00:00:00Z` }).incidents;

describe("coordinated verb phrases", () => {
  it("English: the date inside a conjunct dates that conjunct's event; the shared subject is the actor, not the by-agent", () => {
    const inc = run("Acme Widgets was founded by Jane Doe and John Roe in 1976, and launched the Widget Music Store in 2003.", "en");
    const launch = inc.filter((i) => i.trigger === "launched");
    expect(launch.map((i) => i.date.value)).toEqual(["2003"]);
    expect(launch[0].principal).toBe("Acme Widgets");
    expect(launch[0].actors).not.toContain("Jane Doe");
    expect(inc.find((i) => i.date.value === "1976")?.trigger).not.toBe("launched");
  });

  it("English: without a comma, 'X did A in 2004 and did B in 2009' gives B its own date", () => {
    const inc = run("Jane Doe fought pancreatic cancer in 2004 and took six months off in early 2009.", "en", "2011-01-18");
    expect(inc.find((i) => i.trigger === "fought")?.date.value).toBe("2004");
    expect(inc.filter((i) => i.date.value === "2004").map((i) => i.trigger)).toEqual(["fought"]);
  });

  it("a list of names after 'and' is no conjunct", () => {
    const inc = run("Acme Widgets signed an agreement with Foo Corp, Bar Inc, and Baz Group in 2003.", "en");
    expect(inc.map((i) => i.date.value)).toEqual(["2003"]);
    expect(inc[0].principal).toBe("Acme Widgets");
    // The date after the last listed name still reaches the verb before the list.
    expect(inc[0].trigger).toBe("agreement");
  });

  it("French: « a été fondée … en 1976, et a ouvert … en 2003 » — le second verbe a sa date et le sujet partagé", () => {
    const inc = run("Acme a été fondée par Jeanne Dupont en 1976, et a ouvert un magasin à Paris en 2003.", "fr");
    const opened = inc.find((i) => i.trigger === "ouvert");
    expect(opened?.date.value).toBe("2003");
    expect(opened?.principal).toBe("Acme");
  });
});

describe("restrictive relative clauses", () => {
  it("a report's event is not the one inside a relative clause of its complement ('to anyone who has purchased')", () => {
    const inc = run("Jane Doe said yesterday that Acme Widgets will offer a free case to anyone who has purchased a widget.", "en", "2010-07-17");
    expect(inc.map((i) => i.trigger)).toEqual(["said"]);
    expect(inc[0].date.value).toBe("2010-07-16");
  });
});
