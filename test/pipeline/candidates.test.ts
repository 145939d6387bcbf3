/**
 * Merge candidates come from the mention_keys index: a year-level mention reads only the stored
 * mentions of its blocking keys in that year, not every mention of the year.
 */
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { mentionId } from "../../src/merge";
import { blockingKeys } from "../../src/merge/blocking";
import type { MentionRecord } from "../../src/merge/types";
import { bulkInsertArticles, bulkInsertMentions } from "../../src/store/bulk";
import { loadCandidates } from "../../src/store/mentions";

function synthetic(i: number, actor: string, day: string): MentionRecord {
  return {
    id: mentionId(`art_cand${i}`, "k"), articleId: `art_cand${i}`, language: "en", kind: "meeting", status: "happened",
    title: `${actor} meets #${i}`, quote: `${actor} met officials (${i}).`, trigger: "met",
    date: { value: day, start: day, end: day, granularity: "day", text: day }, actors: [actor], places: [`Town ${i}`],
    publishedAt: `${day}T12:00:00Z`,
  };
}

describe("candidates by blocking keys", () => {
  it("a year-level mention pulls its keys' mentions of the year and their incidents' members, nothing else", async () => {
    const mentions: MentionRecord[] = [];
    for (let i = 0; i < 300; i++) {
      const day = new Date(Date.UTC(2017, 0, 1 + i)).toISOString().slice(0, 10);
      mentions.push(synthetic(i, i % 30 === 0 ? "Angela Merkel" : `Official ${i}`, day));
    }
    // One incident with a 2016 member: it comes in whole (members of candidate incidents).
    const outside = synthetic(1000, "Official 1000", "2016-06-01");
    await bulkInsertArticles(
      env.DB,
      [...mentions, outside].map((x) => ({ id: x.articleId, url: `https://cand.invalid/${x.articleId}`, title: x.title, source: "S", text: x.quote, language: "en", publishedAt: x.publishedAt, receivedAt: x.publishedAt })),
    );
    await bulkInsertMentions(env.DB, [
      ...mentions.map((record, i) => ({ record, incidentId: i === 0 ? "inc_cand_merkel0" : `inc_cand${i}`, sentenceIndex: 0, contentHash: `h${i}`, storedAt: "2017-12-31T00:00:00Z" })),
      { record: outside, incidentId: "inc_cand_merkel0", sentenceIndex: 0, contentHash: "hx", storedAt: "2017-12-31T00:00:00Z" },
    ]);
    const probe: MentionRecord = {
      ...synthetic(5000, "Angela Merkel", "2017-01-01"),
      date: { value: "2017", start: "2017-01-01", end: "2017-12-31", granularity: "year", text: "in 2017" },
      places: [],
    };
    const found = await loadCandidates(env.DB, [probe], probe.articleId);
    const merkel = mentions.filter((x) => x.actors[0] === "Angela Merkel").map((x) => x.id);
    expect(found.map((f) => f.record.id).sort()).toEqual([...merkel, outside.id].sort());
    const keys = await env.DB.prepare("SELECT count(*) AS n FROM mention_keys WHERE mention_id = ?1").bind(mentions[0].id).first("n");
    expect(keys).toBe(blockingKeys(mentions[0]).length); // its actor's alias keys and its place
    expect(keys).toBeGreaterThanOrEqual(2);
  });
});
