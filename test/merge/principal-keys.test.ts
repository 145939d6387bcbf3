import { describe, expect, it } from "vitest";
import { mentionId, sameIncident } from "../../src/merge";
import type { MentionRecord } from "../../src/merge/types";

const m = (articleId: string, principal: string, quote: string): MentionRecord => ({
  id: mentionId(articleId, "k"),
  articleId,
  language: "en",
  kind: "meeting",
  status: "happened",
  title: `${principal} meets investors`,
  quote,
  trigger: "met",
  date: { value: "2023-09-13", start: "2023-09-13", end: "2023-09-13", granularity: "day", text: "Wednesday" },
  actors: [principal],
  places: [],
  publishedAt: "2023-09-13",
  principal,
  predicate: "meeting",
});

describe("principals compared by alias keys", () => {
  it("two people with the same initials are different principals", () => {
    const d = sameIncident(m("a1", "Vladimir Putin", "Vladimir Putin met investors on Wednesday."), m("a2", "Vladimir Potanin", "Vladimir Potanin met bankers on Wednesday."));
    expect(d.same).toBe(false);
    expect(d.reason).toMatch(/principal=different/);
  });
  it("an acronym and the name it abbreviates are one principal", () => {
    const d = sameIncident(m("a1", "General Motors", "General Motors met investors on Wednesday."), m("a2", "GM", "GM met its investors on Wednesday."));
    expect(d.reason).toMatch(/principal=same/);
    expect(d.same).toBe(true);
  });
});
