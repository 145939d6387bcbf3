import { describe, expect, it } from "vitest";
import { mentionId, sameIncident } from "../../src/merge";
import { sameName } from "../../src/merge/aliases";
import type { MentionRecord } from "../../src/merge/types";

type Over = Partial<MentionRecord> & { articleId: string; key: string };
const m = (o: Over): MentionRecord => ({
  id: mentionId(o.articleId, o.key),
  language: "en",
  kind: "economic",
  status: "happened",
  title: "Acme launches",
  quote: "Acme launched the store.",
  trigger: "launched",
  date: { value: "2003", start: "2003-01-01", end: "2003-12-31", granularity: "year", text: "2003" },
  actors: ["Acme"],
  places: [],
  publishedAt: "2008-04-03",
  principal: "Acme",
  predicate: "release",
  ...o,
});

describe("events of one sentence, publication-dated events, coined names", () => {
  it("two specific events of one sentence of one article stay two incidents", () => {
    const quote = "More than 4 billion songs were downloaded from the Acme store since its launch in 2003 and, as of February, Acme sales passed rivals.";
    const launch = m({ articleId: "a", key: "1", quote, trigger: "launch" });
    const sales = m({ articleId: "a", key: "2", quote, trigger: "sales", predicate: "sales", date: { value: "2003-02", start: "2003-02-01", end: "2003-02-28", granularity: "month", text: "February" } });
    const d = sameIncident(launch, sales);
    expect(d.same).toBe(false);
    expect(d.reason).toMatch(/two events of one sentence/);
    // The same predicate in one sentence (a launch told twice) is not split by this rule.
    expect(sameIncident(launch, { ...sales, id: mentionId("a", "3"), predicate: "release", trigger: "launched" }).reason).not.toMatch(/two events of one sentence/);
  });

  it("a past event dated only by its publication day can be the day before; a written date cannot", () => {
    const byPub = m({ articleId: "a", key: "1", kind: "election", predicate: "resignation", trigger: "resigned", quote: "Doe resigned in a letter to the board.", actors: ["Jane Doe"], principal: "Jane Doe", publishedAt: "2011-08-25", date: { value: "2011-08-25", start: "2011-08-25", end: "2011-08-25", granularity: "day", text: "" } });
    const written = m({ articleId: "b", key: "1", kind: "election", predicate: "resignation", trigger: "resigned", quote: "On August 24, Doe resigned from her post.", actors: ["Jane Doe"], principal: "Jane Doe", publishedAt: "2011-08-26", date: { value: "2011-08-24", start: "2011-08-24", end: "2011-08-24", granularity: "day", text: "August 24" } });
    expect(sameIncident(byPub, written).same).toBe(true);
    const writtenPub = { ...byPub, date: { ...byPub.date, text: "Thursday" } };
    expect(sameIncident(writtenPub, written).reason).toMatch(/dates disjoint/);
    const twoDays = { ...written, date: { value: "2011-08-23", start: "2011-08-23", end: "2011-08-23", granularity: "day", text: "August 23" } };
    expect(sameIncident(byPub, twoDays).reason).toMatch(/dates disjoint/);
  });

  it("a coined head word (capital inside) stands for its name; a model designation or a plain word does not", () => {
    expect(sameName("xTunes Music Store", "xTunes")).toBe(true);
    expect(sameName("PlayBox Live", "PlayBox")).toBe(true);
    expect(sameName("xPhone 4", "xPhone")).toBe(false);
    expect(sameName("General Motors", "General")).toBe(false);
  });
});
