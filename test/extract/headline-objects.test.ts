/**
 * A headline of an actor and a verb alone takes the verb's object ("Northwind opened" → "Northwind opened a
 * store"); a statement opened by adverbials set off by a comma is headlined from its speaker. Invented inputs.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract";

const titles = (text: string, language = "en") =>
  extractArticle({ url: "https://example.test/a", text, language, publishedAt: "2024-03-06T09:00:00.000Z" }, { receivedAt: "2024-03-06T09:00:00.000Z" }).incidents.map((i) => i.title);

describe("two-word headlines take the verb's object", () => {
  it.each([
    ["Northwind opened a store on Monday.", "Northwind opened a store"],
    ["Northwind released the Aurora 2 tablet on Monday in a short video.", "Northwind released the Aurora 2 tablet"],
    ["On Monday Northwind sold more than 2 million tablets, its best week.", "Northwind sold more than 2 million tablets"],
  ])("%s", (text, title) => expect(titles(text)).toContain(title));
  it("no object when a preposition follows the verb, nor one that repeats the headline", () => {
    expect(titles("Northwind sold in six weeks what it sold in 2022.")).toEqual(["Northwind sold"]);
    expect(titles("Maria Lund founded Northwind on 4 March 2001.")).not.toContain("Maria Lund founded Northwind Northwind");
  });
});

describe("a statement opened by adverbials", () => {
  it("is headlined from its speaker ('Earlier, on March 4, Northwind told …')", () => {
    const t = titles("Northwind recalled a tablet on Monday. Earlier, on March 4, Northwind told customers to stop charging it overnight.");
    expect(t).toContain("Northwind told customers to stop charging it overnight");
  });
  it("but not when the opening is what was said ('The plan will change within months, Northwind announced')", () => {
    const t = titles("Northwind recalled a tablet on Monday. The recall plan will change within the next six months, Northwind announced on Tuesday.");
    expect(t.some((x) => /^Northwind announced/u.test(x))).toBe(false);
  });
});

describe("an occurrence verb said of an actor is headlined as written", () => {
  it.each([
    ["Maria Lund was born in Oslo in 1970.", "Maria Lund was born in Oslo"],
    ["Northwind was started by Maria Lund in 1996.", "Northwind was started"],
    ["Maria Lund founded a bakery in 1990. She started Northwind in 1996.", "Maria Lund started Northwind"],
  ])("%s", (text, title) => {
    const t = titles(text);
    expect(t).toContain(title);
    expect(t.some((x) => /takes place/u.test(x))).toBe(false);
  });
  it("an event noun still takes place ('The summit took place in Oslo')", () => {
    expect(titles("The summit took place in Oslo on Monday.").some((x) => /Summit/u.test(x))).toBe(true);
  });
});
