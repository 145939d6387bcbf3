import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract";

/** An event noun named by the time elapsed since it ("five years after its launch") is dated back from the sentence's date. */
const run = (text: string, publishedAt = "2008-04-03") =>
  extractArticle({ url: "u", text, publishedAt, language: "en" }, { receivedAt: `${publishedAt}T00:00:00Z` }).incidents;

describe("events dated by the time elapsed since them", () => {
  it("'Five years after its launch, X in February passed Y' dates the launch five years before, at year precision", () => {
    const inc = run("Five years after its launch, the Acme Widgets music service in February passed Foo Corp to become the top music retailer.");
    const launch = inc.find((i) => i.trigger === "launch");
    expect(launch?.date).toMatchObject({ value: "2003", granularity: "year" });
    expect(inc.find((i) => i.trigger === "passed")?.date.value).toBe("2008-02");
  });
  it("digits count too; the reference is the sentence's own event date", () => {
    expect(run("12 years after its launch, Acme Widgets in May passed Foo Corp.", "2010-06-01").find((i) => i.trigger === "launch")?.date.value).toBe("1998");
  });
  it("no elapsed time, no such date ('after its launch' orders, it does not date)", () => {
    expect(run("After its launch, Acme Widgets passed Foo Corp in February.").map((i) => i.date.value)).not.toContain("2003");
  });
});
