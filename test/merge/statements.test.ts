/** Statements of one speaker on one day merge only when they say the same thing (invented inputs). */
import { describe, expect, it } from "vitest";
import { mentionId, sameIncident } from "../../src/merge";
import type { MentionRecord } from "../../src/merge/types";

const day = { value: "2024-05-14", start: "2024-05-14", end: "2024-05-14", granularity: "day", text: "Tuesday" };
let n = 0;
const statement = (articleId: string, quote: string): MentionRecord => ({
  id: mentionId(articleId, `s${n++}`),
  articleId,
  language: "en",
  kind: "statement",
  status: "happened",
  title: quote,
  quote,
  trigger: "said",
  date: day,
  actors: ["Ingrid Halvorsen"],
  places: [],
  principal: "Ingrid Halvorsen",
  predicate: "statement",
  attribution: [],
  publishedAt: "2024-05-15T08:00:00.000Z",
});

describe("statements", () => {
  it("two different things said by one speaker on one day stay two incidents", () => {
    const a = statement("n1", "Halvorsen said on Tuesday that the harbour tax would be halved for fishing boats.");
    const b = statement("n2", "Halvorsen said the ferry contract had been awarded to a Danish operator.");
    const d = sameIncident(a, b);
    expect(d.same).toBe(false);
    expect(d.reason).toMatch(/different things/);
  });
  it("the same statement told by two outlets is one incident", () => {
    const a = statement("n1", "Halvorsen said on Tuesday that the harbour tax would be halved for fishing boats.");
    const b = statement("n3", "The harbour tax will be halved for fishing boats, Halvorsen said on Tuesday.");
    expect(sameIncident(a, b).same).toBe(true);
  });
});
