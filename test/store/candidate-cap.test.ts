/**
 * The pull of one fresh mention is capped, deterministically and as the pure model (pulledBy) selects
 * it: a year-level mention about a much-reported person reads at most TERM_ROWS index rows per key and
 * span class, and loads at most CANDIDATE_CAP of their mentions (with their incidents' members).
 */
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { mentionId } from "../../src/merge";
import { CANDIDATE_CAP, pulledBy, TERM_ROWS } from "../../src/merge/blocking";
import type { MentionRecord } from "../../src/merge/types";
import { bulkInsertArticles, bulkInsertMentions } from "../../src/store/bulk";
import { loadCandidates } from "../../src/store/mentions";

function stored(i: number, day: string, end = day, places = [`Town ${i % 7}`]): MentionRecord {
  return {
    id: mentionId(`art_cap${i}`, "k"), articleId: `art_cap${i}`, language: "en", kind: "meeting", status: "happened",
    title: `Angela Merkel meets #${i}`, quote: `Angela Merkel met officials (${i}).`, trigger: "met",
    date: { value: day, start: day, end, granularity: day === end ? "day" : "month", text: day }, actors: ["Angela Merkel"], places,
    publishedAt: `${end}T12:00:00Z`,
  };
}

describe("the candidate cap", () => {
  it("a year-level mention pulls the CANDIDATE_CAP best of its keys' mentions, as pulledBy ranks them", async () => {
    const mentions: MentionRecord[] = [];
    for (let i = 0; i < 2 * TERM_ROWS; i++) {
      const day = new Date(Date.UTC(2017, 0, 1 + i)).toISOString().slice(0, 10);
      // Every fifth one also in Berlin (two shared keys), every seventh dated to a month.
      const places = i % 5 === 0 ? ["Berlin"] : [`Town ${i % 7}`];
      mentions.push(i % 7 === 0 ? stored(i, `${day.slice(0, 7)}-01`, `${day.slice(0, 7)}-28`, places) : stored(i, day, day, places));
    }
    await bulkInsertArticles(
      env.DB,
      mentions.map((x) => ({ id: x.articleId, url: `https://cap.invalid/${x.articleId}`, title: x.title, source: "S", text: x.quote, language: "en", publishedAt: x.publishedAt, receivedAt: x.publishedAt })),
    );
    await bulkInsertMentions(env.DB, mentions.map((record, i) => ({ record, incidentId: `inc_cap${i}`, sentenceIndex: 0, contentHash: `h${i}`, storedAt: "2018-01-01T00:00:00Z" })));
    const probe: MentionRecord = {
      ...stored(9999, "2017-01-01", "2017-12-31", ["Berlin"]),
      date: { value: "2017", start: "2017-01-01", end: "2017-12-31", granularity: "year", text: "in 2017" },
    };
    const found = (await loadCandidates(env.DB, [probe], probe.articleId)).map((f) => f.record.id).sort();
    expect(found).toHaveLength(CANDIDATE_CAP);
    expect(found).toEqual(pulledBy(probe, mentions).map((m) => m.id).sort());
    // Within the rows read for Merkel (the first TERM_ROWS day mentions by date), those in Berlin share
    // the most keys (person and place): they all come first.
    const read = mentions.filter((m) => m.date.start === m.date.end).sort((a, b) => a.date.start.localeCompare(b.date.start)).slice(0, TERM_ROWS);
    const berlin = read.filter((m) => m.places[0] === "Berlin").map((m) => m.id);
    expect(berlin.length).toBeGreaterThan(5);
    for (const id of berlin) expect(found).toContain(id);
    // Deterministic: the same pull again.
    expect((await loadCandidates(env.DB, [probe], probe.articleId)).map((f) => f.record.id).sort()).toEqual(found);
  });
});
