import { describe, expect, it } from "vitest";
import { mentionId, planMerge, sameIncident } from "../../src/merge";
import { mergeIncrementally } from "../../src/merge/incremental";
import type { MentionRecord } from "../../src/merge/types";
import type { IncidentDate } from "../../src/extract/types";

const day = (d: string): IncidentDate => ({ value: d, start: d, end: d, granularity: "day", text: d });
const year = (y: string): IncidentDate => ({ value: y, start: `${y}-01-01`, end: `${y}-12-31`, granularity: "year", text: y });

function m(articleId: string, p: Partial<MentionRecord>): MentionRecord {
  return {
    id: mentionId(articleId, "k"),
    articleId,
    language: "en",
    kind: "travel",
    status: "happened",
    title: "Departure of the chief executive",
    quote: "The chief executive announced that he would leave on medical grounds.",
    trigger: "leave",
    date: day("2011-01-17"),
    actors: [],
    places: [],
    publishedAt: "2011-01-17",
    predicate: "departure",
    ...p,
  };
}

const partition = (groups: Iterable<string[]>) => JSON.stringify([...groups].map((g) => [...g].sort()).sort());

describe("order independence of the batch plan", () => {
  // Worded alike, but one has no participant and the other has one: they share no blocking key, so the
  // store never compares them; the batch plan must not link them either.
  const a = m("a1", {});
  const b = m("a2", { date: year("2011"), actors: ["Steve Jobs"], principal: "Steve Jobs" });
  it("the pair alone would pass the pairwise decision (worded alike)", () => expect(sameIncident(a, b).same).toBe(true));
  it("planMerge does not link mentions of different articles that share no blocking key", () => {
    expect(planMerge([a, b]).incidents).toHaveLength(2);
  });
  it("incremental ingestion in both orders gives the batch plan", () => {
    const batch = partition(planMerge([a, b]).incidents.map((i) => i.mentionIds));
    expect(partition(mergeIncrementally([[a], [b]]).values())).toBe(batch);
    expect(partition(mergeIncrementally([[b], [a]]).values())).toBe(batch);
  });
  it("mentions of one article are still linked without a shared key", () => {
    const c = m("a1", { id: mentionId("a1", "k2"), date: year("2011"), actors: ["Steve Jobs"], principal: "Steve Jobs" });
    expect(planMerge([a, c]).incidents).toHaveLength(1);
  });
});
