/**
 * Poison messages end, and errors are clear: HTML without a body, processing budgets (a version whose
 * processing keeps dying is failed, the cron does not re-enqueue it), operator retries, stable error
 * codes, schema lookups by own property only.
 */
import { createExecutionContext, createMessageBatch, env, getQueueResult } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import worker from "../../src/index";
import { processBudget } from "../../src/pipeline/failure";
import { requeueStuck } from "../../src/pipeline/requeue-stuck";
import { upsertArticle } from "../../src/store/articles";
import { countAttempt } from "../../src/store/processing";
import { AUTH, get, getJson, ingest, KIM_EN, post, uniqueUrl, waitForArticle } from "../helpers";

async function runBatch(bodies: unknown[], attempts = 1) {
  const batch = createMessageBatch(
    "news-timeline-articles",
    bodies.map((body, i) => ({ id: `p-${i}-${Math.random().toString(36).slice(2)}`, timestamp: new Date(), attempts, body })),
  );
  const ctx = createExecutionContext();
  await worker.queue(batch, env, ctx);
  return { batch, result: await getQueueResult(batch, ctx) };
}

/** An article stored as `queued` without any queue message (as if the send had been lost). */
async function storedOnly(tag: string) {
  return upsertArticle(env.DB, { url: uniqueUrl(tag), ...KIM_EN }, new Date(Date.now() - 3_600_000).toISOString());
}

const ERROR_SHAPE = /^[a-z_]+: [^\n]{1,300}$/;

describe("HTML without a body is read as text", () => {
  const cases: [string, string][] = [
    ["0", "0"],
    ["Kim Jong-un arrived in Moscow on 12 September 2023.", "Kim Jong-un arrived in Moscow on 12 September 2023."],
    ["<!-- only a comment -->", ""],
    ["<!doctype html>", ""],
    ["<script>alert(1)</script>", ""],
  ];
  for (const [html, text] of cases) {
    it(`/api/extract ${JSON.stringify(html)} → 200, text ${JSON.stringify(text)}`, async () => {
      const res = await post("/api/extract", { url: "https://x.example/a", html, publishedAt: "2023-09-13" });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { text: string; warnings: string[]; incidents: unknown[] };
      expect(body.text).toBe(text);
      if (!text) expect(body.warnings.map((w) => w.split(":")[0])).toContain("html_no_text");
      else expect(body.warnings).toEqual([]);
    });
  }
  it("through the queue: done at the first attempt, with the warning", async () => {
    const a = await ingest({ url: uniqueUrl("nobody"), html: "<!-- nothing -->", publishedAt: "2023-09-13" });
    const art = await waitForArticle(a.id);
    expect(art.status).toBe("done");
    expect(art.error).toBeUndefined();
    expect(art.warnings.map((w: string) => w.split(":")[0])).toEqual(["html_no_text"]);
  });
});

describe("schemas are looked up by own property", () => {
  for (const name of ["constructor", "toString", "__proto__", "hasOwnProperty", "valueOf"]) {
    it(`/schemas/${name} → 404`, async () => {
      const res = await get(`/schemas/${name}`);
      expect(res.status).toBe(404);
      expect(((await res.json()) as any).error.code).toBe("not_found");
    });
  }
  it("a real one still answers", async () => {
    expect((await get("/schemas/article.schema.json")).status).toBe(200);
  });
});

describe("processing budget", () => {
  it("a version whose processing started more than its budget is failed, not processed again", async () => {
    const a = await storedOnly("budget");
    const budget = processBudget(env);
    // Each start is counted before the work: starts that never finished (the runtime died) add up.
    for (let i = 0; i < budget; i++) expect(await countAttempt(env.DB, a.id, a.version)).toBe(i + 1);
    const { batch, result } = await runBatch([{ articleId: a.id, version: a.version }]);
    expect(result.explicitAcks).toEqual([batch.messages[0].id]);
    expect(result.retryMessages).toEqual([]);
    const art = await getJson(`/api/articles/${a.id}`);
    expect(art.status).toBe("failed");
    expect(art.error).toMatch(/^over_budget: processing started \d+ times without finishing/);
    expect(art.incidents).toEqual([]);
  });

  it("the cron re-enqueues stuck articles within their budget and fails those past it", async () => {
    const fresh = await storedOnly("stuck-ok");
    const spent = await storedOnly("stuck-spent");
    for (let i = 0; i < processBudget(env); i++) await countAttempt(env.DB, spent.id, spent.version);
    const r = await requeueStuck(env, new Date(Date.now() + 3_600_000));
    expect(r.failed).toBeGreaterThanOrEqual(1);
    expect(r.requeued).toBeGreaterThanOrEqual(1);
    const failed = await getJson(`/api/articles/${spent.id}`);
    expect(failed.status).toBe("failed");
    expect(failed.error).toMatch(/^over_budget: /);
    // The one within its budget went through the real queue and was processed.
    expect((await waitForArticle(fresh.id)).status).toBe("done");
  });

  it("errors are a stable code and a short reason, never exception text", async () => {
    const a = await ingest({ url: uniqueUrl("code"), ...KIM_EN });
    await waitForArticle(a.id);
    await runBatch([{ articleId: a.id, version: 3 }], 2);
    const art = await getJson(`/api/articles/${a.id}`);
    expect(art.error).toMatch(ERROR_SHAPE);
    expect(art.error).toMatch(/^not_visible: /);
    expect(art.error).not.toMatch(/\n\s+at |Error:/);
  });
});

describe("POST /api/articles/:id/retry", () => {
  it("retries a failed article with a fresh budget; refuses done, unknown and unauthenticated", async () => {
    const a = await storedOnly("retry");
    for (let i = 0; i <= processBudget(env); i++) await countAttempt(env.DB, a.id, a.version);
    await runBatch([{ articleId: a.id, version: a.version }]);
    expect((await getJson(`/api/articles/${a.id}`)).status).toBe("failed");

    expect((await post(`/api/articles/${a.id}/retry`, "", { authorization: "Bearer nope" })).status).toBe(401);
    const res = await post(`/api/articles/${a.id}/retry`, "", AUTH);
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({ id: a.id, url: a.url, version: a.version, status: "queued" });
    const done = await waitForArticle(a.id);
    expect(done.status).toBe("done");
    expect(done.error).toBeUndefined();
    expect(done.incidents.length).toBeGreaterThan(0);

    const again = await post(`/api/articles/${a.id}/retry`, "", AUTH);
    expect(again.status).toBe(409);
    expect(((await again.json()) as any).error.code).toBe("conflict");
    const unknown = await post(`/api/articles/art_nope/retry`, "", AUTH);
    expect(unknown.status).toBe(404);
  });

  it("retries a stuck article (queued long ago, message lost)", async () => {
    const a = await storedOnly("retry-stuck");
    const res = await post(`/api/articles/${a.id}/retry`, "", AUTH);
    expect(res.status).toBe(202);
    expect((await waitForArticle(a.id)).status).toBe("done");
  });
});
