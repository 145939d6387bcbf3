import { describe, expect, it } from "vitest";
import { actorMatches, actorQueryTerm, actorQueryTerms, actorTerms, answerActorQuery } from "../../src/merge/aliases";

describe("?actor= answers an actor whose name holds the query's words", () => {
  it.each([
    ["iTunes Music Store", "iTunes store"],
    ["iTunes Music Store", "iTunes"],
    ["iTunes", "iTunes store"],
    ["Apple CEO Steve Jobs", "Steve Jobs"],
    ["General Motors", "Motors"],
    ["General Motors", "GM"],
    ["Vladimir Putin", "Poutine"],
    ["3G iPhone", "iPhone 3G"], // a model designation written before or after the name
    ["iPhone 3G", "3G iPhone"],
  ])("actor %s answers %s", (actor, query) => expect(actorMatches(actor, query)).toBe(true));

  it.each([
    ["Steve Wozniak", "Steve Jobs"], // one word in common is not the name
    ["Steve Jobs", "Jobs Steve"], // the words in another order
    ["Apple Corps", "Apple TV"],
    ["Kim Jong-il", "Kim Jong-un"],
    ["iPhone 4", "iPhone 3G"],
    ["3G iPhone", "iPhone 4"],
  ])("actor %s does not answer %s", (actor, query) => expect(actorMatches(actor, query)).toBe(false));

  it("lower-case words are a description only beside a capitalised word", () => {
    expect(actorQueryTerm("iTunes store")).toBe(actorQueryTerm("iTunes"));
    expect(actorQueryTerm("steve jobs")).toBe(actorQueryTerm("Steve Jobs"));
    expect(actorQueryTerm("iPhone 4")).not.toBe(actorQueryTerm("iPhone"));
  });

  it("the query term is a fixed point (the HTTP layer and the store both normalise)", () => {
    for (const q of ["iTunes store", "Ким Чен Ын", "Vladimir Poutine", "GM"]) expect(actorQueryTerm(actorQueryTerm(q))).toBe(actorQueryTerm(q));
  });

  it("short words alone are no term, and long names are not exploded", () => {
    expect(actorTerms("Bank of America")).not.toContain("of");
    expect(actorTerms("Kim Jong-un")).not.toContain("kim");
    expect(actorTerms("A B C D E F G").length).toBeLessThan(8);
  });
});

describe("a query naming an actor more fully than the articles", () => {
  const incidents = [
    { id: "a", actors: ["Apple Corps"] },
    { id: "b", actors: ["Apple Computer"] },
    { id: "c", actors: ["Beatles"] },
  ];
  it("falls back to the longest run of its words some incident carries", () => {
    expect(answerActorQuery(incidents, "Beatles Apple Corps").map((i) => i.id)).toEqual(["a"]);
  });
  it("never widens a query that matches as written", () => {
    const more = [...incidents, { id: "d", actors: ["Beatles Apple Corps Ltd"] }];
    expect(answerActorQuery(more, "Beatles Apple Corps").map((i) => i.id)).toEqual(["d"]);
  });
  it("single words are no fallback, and two-word names have none", () => {
    expect(actorQueryTerms("Apple Corps")).toHaveLength(1);
    expect(answerActorQuery(incidents, "Beatles Apple Records")).toEqual([]);
  });
});
