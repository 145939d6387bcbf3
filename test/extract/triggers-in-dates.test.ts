/** A word of a date expression is never the event the sentence's other dates are attached to ("March" is no march). */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract";

const opts = { receivedAt: "2023-09-14T09:00:00Z" };
const incidents = (text: string) => extractArticle({ url: "https://x.example/a", text, language: "en", publishedAt: "2023-09-14T08:00:00Z" }, opts).incidents;

describe("triggers inside the sentence's date expressions", () => {
  it("a month name in one date does not date another date of the sentence as a protest", () => {
    const found = incidents("Office closures: 27 March 2001, 28 March 2001.");
    expect(found.filter((i) => i.kind === "conflict")).toEqual([]);
  });
  it("a march outside the dates still dates both", () => {
    const found = incidents("Thousands of people marched in Paris on 27 March 2001 and again on 28 March 2001.");
    const protests = found.filter((i) => i.kind === "conflict");
    expect(protests.map((i) => i.date.value).sort()).toEqual(["2001-03-27", "2001-03-28"]);
    for (const p of protests) expect(p.trigger.toLowerCase()).toBe("marched");
  });
});
