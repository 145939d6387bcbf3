import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { requeueStuck } from "../../src/pipeline/requeue-stuck";
import { upsertArticle, upsertArticles } from "../../src/store/articles";
import { integrityReport } from "../../src/store/integrity";
import { get, getJson, ingest, KIM_EN, KIM_FR, post, uniqueUrl, waitForArticle } from "../helpers";

describe("idempotent ingest", () => {
  it("a batch of 100 articles is stored in one D1 batch, in order; the same batch again changes nothing", async () => {
    const inputs = Array.from({ length: 100 }, (_, i) => ({ url: uniqueUrl(`bulk${i}`), ...KIM_EN, text: `${KIM_EN.text} (${i})` }));
    const now = new Date().toISOString();
    const first = await upsertArticles(env.DB, inputs, now);
    expect(first.map((r) => r.result)).toEqual(inputs.map(() => "created"));
    expect(first.map((r) => r.url)).toEqual(inputs.map((x) => x.url));
    expect(new Set(first.map((r) => r.id)).size).toBe(100);
    const again = await upsertArticles(env.DB, inputs, now);
    expect(again.map((r) => r.result)).toEqual(inputs.map(() => "unchanged"));
    expect(again.map((r) => r.id)).toEqual(first.map((r) => r.id));
    const edited = await upsertArticles(env.DB, [{ ...inputs[7], text: `${inputs[7].text} Edited.` }, inputs[8]], now);
    expect(edited.map((r) => [r.result, r.version])).toEqual([["updated", 2], ["unchanged", 1]]);
  });

  it("20 concurrent POSTs of one URL make one article, processed once", async () => {
    const url = uniqueUrl("burst");
    const responses = await Promise.all(Array.from({ length: 20 }, () => post("/api/articles", { url, ...KIM_EN })));
    const bodies = (await Promise.all(responses.map((r) => r.json()))) as any[];
    expect(new Set(bodies.map((b) => b.id)).size).toBe(1);
    expect(responses.filter((r) => r.status === 202)).toHaveLength(1);
    expect(responses.filter((r) => r.status === 200)).toHaveLength(19);
    expect(bodies.filter((b) => b.result === "created")).toHaveLength(1);
    const art = await waitForArticle(bodies[0].id);
    expect(art.version).toBe(1);
    const list = await getJson(`/api/incidents?limit=500`);
    const sources = list.incidents.flatMap((i: any) => i.sources.filter((s: any) => s.url === url));
    const perIncident = list.incidents.map((i: any) => i.sources.filter((s: any) => s.url === url).length);
    expect(sources.length).toBeGreaterThan(0);
    expect(Math.max(...perIncident)).toBe(1);
  });

  it("a URL fragment does not make a new article", async () => {
    const url = uniqueUrl("frag");
    const a = await ingest({ url, ...KIM_EN });
    const b = await ingest({ url: `${url}#comments`, ...KIM_EN });
    expect(b.id).toBe(a.id);
    expect(b.result).toBe("unchanged");
  });
});

describe("edited articles are reprocessed", () => {
  it("same URL with changed content → updated, new version, incidents recomputed, date_modified moves", async () => {
    const url = uniqueUrl("edit");
    const a = await ingest({ url, ...KIM_EN });
    const v1 = await waitForArticle(a.id);
    expect(v1.version).toBe(1);
    const oldIncidents = new Map<string, any>();
    for (const i of v1.incidents) oldIncidents.set(i.id, await getJson(`/api/incidents/${i.id}`));

    const edited = {
      ...KIM_EN,
      text:
        "North Korean leader Kim Jong-un arrived in Russia on Tuesday 12 September 2023 aboard his armoured train, state media said. " +
        "Kim Jong-un left Russia on 17 September 2023 after visiting Vladivostok.",
    };
    await new Promise((r) => setTimeout(r, 5)); // distinct timestamps
    const res = await post("/api/articles", { url, ...edited });
    expect(res.status).toBe(202);
    const body = (await res.json()) as any;
    expect(body).toMatchObject({ id: a.id, result: "updated", status: "queued" });
    const v2 = await waitForArticle(a.id, { version: 2 });
    expect(v2.status).toBe("done");
    expect(v2.version).toBe(2);
    expect(v2.incidents.map((i: any) => i.quote).join(" ")).toContain("17 September 2023");
    expect(v2.incidents.map((i: any) => i.quote).join(" ")).not.toContain("Vostochny");
    for (const inc of v2.incidents) {
      const merged = await getJson(`/api/incidents/${inc.id}`);
      expect(merged.sources.map((s: any) => s.articleId)).toContain(a.id);
      const old = oldIncidents.get(inc.id);
      if (old) {
        expect(merged.firstSeenAt).toBe(old.firstSeenAt);
        expect(merged.updatedAt > old.updatedAt).toBe(true); // a reprocessed article changes it
      }
    }
    // Incidents the article no longer reports no longer list it.
    const now = new Set(v2.incidents.map((i: any) => i.id));
    for (const [id] of oldIncidents) {
      if (now.has(id)) continue;
      const r = await getJson(`/api/incidents?limit=500`);
      const still = r.incidents.find((i: any) => i.id === id);
      if (still) expect(still.sources.map((s: any) => s.articleId)).not.toContain(a.id);
    }
  });

  it("a new source changes the incident's updatedAt but not its firstSeenAt", async () => {
    const a = await ingest({ url: uniqueUrl("src1"), ...KIM_EN, text: "Kim Jong-un arrived in Vladivostok on 21 September 2024 by train." });
    const art = await waitForArticle(a.id);
    expect(art.incidents.length).toBeGreaterThan(0);
    const before = await getJson(`/api/incidents/${art.incidents[0].id}`);
    await new Promise((r) => setTimeout(r, 5));
    const b = await ingest({ url: uniqueUrl("src2"), ...KIM_EN, source: "Other Wire", text: "Kim Jong-un arrived in Vladivostok on 21 September 2024 by train, officials said." });
    await waitForArticle(b.id);
    // planMerge names a cluster after its smallest mention id, so the id may move to the new member.
    const day = await getJson(`/api/incidents?from=2024-09-21&to=2024-09-21&limit=500`);
    const after = day.incidents.find((i: any) => i.sources.some((s: any) => s.articleId === a.id));
    expect(after, "the first report's incident still exists").toBeTruthy();
    expect(after.sources.map((s: any) => s.articleId).sort(), "the second report merged into it").toEqual([a.id, b.id].sort());
    expect(after.firstSeenAt).toBe(before.firstSeenAt);
    // The old id still resolves: to itself, or (renamed by the merge) through a 301.
    const old = await get(`/api/incidents/${before.id}`, {});
    expect(old.status).toBe(200);
    expect(((await old.json()) as any).id).toBe(after.id);
    expect(after.updatedAt > before.updatedAt).toBe(true);
  });
});

describe("store invariants", () => {
  it("hold after ingests, edits and merges", async () => {
    expect(await integrityReport(env.DB)).toEqual({ danglingMentions: 0, emptyIncidents: 0, unassignedMentions: 0, wrongSourceCounts: 0 });
  });
});

describe("cron", () => {
  it("re-enqueues an article accepted while the queue send failed", async () => {
    // The outbox row exists but no message was ever sent (as when ARTICLE_QUEUE.send throws).
    const stored = await upsertArticle(env.DB, { url: uniqueUrl("stuck"), ...KIM_FR }, new Date(Date.now() - 10 * 60_000).toISOString());
    expect((await getJson(`/api/articles/${stored.id}`)).status).toBe("queued");
    const r = await requeueStuck(env);
    expect(r.requeued).toBeGreaterThanOrEqual(1);
    const art = await waitForArticle(stored.id);
    expect(art.status).toBe("done");
  });
});
