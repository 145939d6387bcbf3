import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract";
import { mentionId, planMerge } from "../../src/merge";
import type { MentionRecord } from "../../src/merge/types";

/** Mentions of articles as the consumer builds them (same fields, deterministic ids). */
function mentionsOf(articles: { id: string; text: string; publishedAt: string; language: string }[]): MentionRecord[] {
  return articles.flatMap((a) => {
    const r = extractArticle({ url: `https://x.test/${a.id}`, text: a.text, publishedAt: a.publishedAt, language: a.language }, { receivedAt: a.publishedAt });
    return r.incidents.map((inc) => ({ id: mentionId(a.id, inc.key), articleId: a.id, language: r.language, publishedAt: r.publishedAt, ...inc }));
  });
}

describe("merging on participants, predicates and reports", () => {
  it("merges one event told by three outlets in two languages, a report among them", () => {
    const plan = planMerge(
      mentionsOf([
        { id: "a", text: "General Motors filed for bankruptcy protection on Monday, June 1, 2009, in New York.", publishedAt: "2009-06-01", language: "en" },
        { id: "b", text: "GM, the largest US automaker, filed for Chapter 11 bankruptcy on June 1, 2009, Reuters reported.", publishedAt: "2009-06-02", language: "en" },
        { id: "c", text: "Le constructeur General Motors s'est placé sous la protection de la loi sur les faillites le 1er juin 2009.", publishedAt: "2009-06-02", language: "fr" },
      ]),
    );
    const gm = plan.incidents.filter((i) => i.date.start === "2009-06-01");
    expect(gm).toHaveLength(1);
    expect(gm[0].mentionIds.length).toBe(3);
    expect(gm[0].kind).toBe("economic");
  });

  it("keeps the same predicate on the same day apart when the participants differ", () => {
    const plan = planMerge(
      mentionsOf([
        { id: "a", text: "Chrysler filed for bankruptcy on April 30, 2009.", publishedAt: "2009-05-01", language: "en" },
        { id: "b", text: "Lehman Brothers filed for bankruptcy on April 30, 2009.", publishedAt: "2009-05-01", language: "en" },
      ]),
    );
    expect(plan.incidents.filter((i) => i.date.start === "2009-04-30")).toHaveLength(2);
  });

  it("matches a person across languages and scripts by alias key", () => {
    const plan = planMerge(
      mentionsOf([
        { id: "a", text: "Vladimir Putin arrived in Vladivostok on September 11, 2023.", publishedAt: "2023-09-12", language: "en" },
        { id: "b", text: "Vladimir Poutine est arrivé à Vladivostok le 11 septembre 2023.", publishedAt: "2023-09-12", language: "fr" },
      ]),
    );
    const arrivals = plan.incidents.filter((i) => i.date.start === "2023-09-11" && i.kind === "travel");
    expect(arrivals).toHaveLength(1);
    expect(arrivals[0].mentionIds).toHaveLength(2);
  });

  it("never merges different dates", () => {
    const plan = planMerge(
      mentionsOf([
        { id: "a", text: "Boeing delivered its first 787 on September 25, 2011.", publishedAt: "2011-09-26", language: "en" },
        { id: "b", text: "Boeing delivered its first 747-8 on October 12, 2011.", publishedAt: "2011-10-13", language: "en" },
      ]),
    );
    expect(plan.incidents.every((i) => i.mentionIds.length === 1)).toBe(true);
  });
});
