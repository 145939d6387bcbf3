import { describe, expect, it } from "vitest";
import { mentionId, planMerge } from "../../src/merge";
import { blockedTogether, blockingKeys } from "../../src/merge/blocking";
import { planIncrementalMerge } from "../../src/merge/incremental-plan";
import type { MentionRecord } from "../../src/merge/types";

let n = 0;
function m(p: Partial<MentionRecord> & Pick<MentionRecord, "articleId">): MentionRecord {
  return {
    id: mentionId(p.articleId, `b${n++}`),
    language: "en",
    kind: "travel",
    status: "happened",
    title: "Kim Jong-un arrives in Vladivostok",
    quote: "Kim Jong-un arrived in Vladivostok by train.",
    trigger: "arrived",
    date: { value: "2023-09-12", start: "2023-09-12", end: "2023-09-12", granularity: "day", text: "Tuesday" },
    actors: ["Kim Jong-un"],
    places: ["Vladivostok"],
    publishedAt: "2023-09-13T08:00:00Z",
    ...p,
  };
}

describe("blocking keys", () => {
  it("pair a kind family with canonical, case-folded actors and places (aliases meet)", () => {
    const a = m({ articleId: "a1", actors: ["Kim Jong Un"], places: [] });
    const b = m({ articleId: "a2", actors: ["kim jong-un"], places: [] });
    expect(blockingKeys(a).every((k) => k.startsWith("a:") && k.endsWith("|travel+meeting"))).toBe(true);
    expect(blockingKeys(b)).toEqual(blockingKeys(a));
    // A last name meets the full name (the merge's alias keys).
    expect(blockedTogether(m({ articleId: "a3", actors: ["Putin"], places: [] }), m({ articleId: "a4", actors: ["Vladimir Putin"], places: [] }))).toBe(true);
  });
  it("index every place with the places containing it, so a town meets its country", () => {
    const town = m({ articleId: "a1", actors: [], places: ["Khasan"] });
    const country = m({ articleId: "a2", actors: [], places: ["Russia"] });
    expect(blockingKeys(town)).toContain("p:russia|travel+meeting");
    expect(blockedTogether(town, country)).toBe(true);
  });
  it("a travel and a meeting share a family; other kinds do not mix", () => {
    const meeting = m({ articleId: "a1", kind: "meeting" });
    const travel = m({ articleId: "a2" });
    const disaster = m({ articleId: "a3", kind: "disaster" });
    expect(blockedTogether(meeting, travel)).toBe(true);
    expect(blockedTogether(travel, disaster)).toBe(false);
  });
  it("mentions with no entity meet only others of their kind; spans must overlap", () => {
    const bare1 = m({ articleId: "a1", actors: [], places: [], kind: "disaster" });
    const bare2 = m({ articleId: "a2", actors: [], places: [], kind: "disaster" });
    expect(blockingKeys(bare1)).toEqual(["x:disaster"]);
    expect(blockedTogether(bare1, bare2)).toBe(true);
    const later = m({ articleId: "a3", date: { value: "2023-09-20", start: "2023-09-20", end: "2023-09-20", granularity: "day", text: "20 September" } });
    expect(blockedTogether(m({ articleId: "a4" }), later)).toBe(false);
  });
  it("use the principal participant when the extraction gives one", () => {
    const withPrincipal = { ...m({ articleId: "a1", actors: [] }), principal: "Vladimir Putin" } as MentionRecord;
    expect(blockedTogether(withPrincipal, m({ articleId: "a2", actors: ["Vladimir Putin"], places: [] }))).toBe(true);
    expect(blockedTogether(m({ articleId: "a3", actors: [], places: [] }), m({ articleId: "a2", actors: ["Vladimir Putin"], places: [] }))).toBe(false);
  });
  it("the candidate relation is symmetric", () => {
    const xs = [m({ articleId: "a1" }), m({ articleId: "a2", places: ["Khasan"], actors: [] }), m({ articleId: "a3", kind: "meeting", places: ["Russia"], actors: [] })];
    for (const a of xs) for (const b of xs) expect(blockedTogether(a, b)).toBe(blockedTogether(b, a));
  });
});

describe("planIncrementalMerge", () => {
  const stored1 = m({ articleId: "s1" });
  const stored2 = m({ articleId: "s2", quote: "Kim Jong-un arrived in Vladivostok by train, officials said." });
  const fresh = m({ articleId: "f1", quote: "Kim Jong-un arrived in Vladivostok by train, state media reported." });

  it("re-clusters every candidate incident with the fresh mentions: the plan is the batch plan of them all", () => {
    const inc = planMerge([stored1, stored2]).incidents[0];
    const other = m({ articleId: "s3", kind: "disaster", actors: [], places: ["Morocco"], title: "Earthquake", quote: "An earthquake struck Morocco." });
    const plan = planIncrementalMerge([{ id: inc.id, members: [stored1, stored2] }, { id: "inc_other", members: [other] }], [fresh]);
    const ids = (xs: { mentionIds: string[] }[]) => xs.map((i) => i.mentionIds.join(",")).sort();
    expect(ids(plan.incidents)).toEqual(ids(planMerge([stored1, stored2, other, fresh]).incidents));
    expect(plan.incidents.find((i) => i.mentionIds.includes(fresh.id))?.mentionIds).toEqual([stored1.id, stored2.id, fresh.id].sort());
    // Two stored reports of one arrival, stored apart, meet again through a fresh one.
    const bridged = planIncrementalMerge([{ id: "inc_1", members: [stored1] }, { id: "inc_2", members: [stored2] }], [fresh]);
    expect(ids(bridged.incidents)).toEqual([[stored1.id, stored2.id, fresh.id].sort().join(",")]);
  });

  it("returns only what changed: a candidate incident planned exactly as stored is neither rewritten nor replaced", () => {
    const other = m({ articleId: "s3", kind: "disaster", actors: [], places: ["Morocco"], title: "Earthquake", quote: "An earthquake struck Morocco." });
    const kept = planMerge([other]).incidents[0];
    const inc = planMerge([stored1, stored2]).incidents[0];
    const plan = planIncrementalMerge([{ id: inc.id, members: [stored1, stored2] }, { id: kept.id, members: [other] }], [fresh]);
    expect(plan.replaced).toEqual([inc.id]);
    expect(plan.incidents.map((i) => i.mentionIds)).toEqual([[stored1.id, stored2.id, fresh.id].sort()]);
    // The same incident, dissolved (it lost this article's previous mention), is rewritten.
    const again = planIncrementalMerge([{ id: kept.id, members: [other] }], [], [kept.id]);
    expect(again.replaced).toEqual([kept.id]);
    expect(again.incidents.map((i) => i.id)).toEqual([kept.id]);
  });

  it("re-clusters the rest of an incident that loses the article's previous mention (dissolve)", () => {
    const plan = planIncrementalMerge([{ id: "inc_old", members: [stored1, stored2] }], [], ["inc_old"]);
    expect(plan.replaced).toEqual(["inc_old"]);
    expect(plan.incidents.map((i) => i.mentionIds)).toEqual(planMerge([stored1, stored2]).incidents.map((i) => i.mentionIds));
  });

  it("does not depend on the order of its inputs", () => {
    const a = planIncrementalMerge([{ id: "inc_1", members: [stored1] }, { id: "inc_2", members: [stored2] }], [fresh]);
    const b = planIncrementalMerge([{ id: "inc_2", members: [stored2] }, { id: "inc_1", members: [stored1] }], [fresh]);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });
});
