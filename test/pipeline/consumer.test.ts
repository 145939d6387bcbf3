import { createExecutionContext, createMessageBatch, env, getQueueResult } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import worker from "../../src/index";
import { retryDelaySeconds } from "../../src/pipeline/consume";
import { processArticle } from "../../src/pipeline/process-article";
import { getJson, ingest, KIM_EN, KIM_FR, post, uniqueUrl, waitForArticle } from "../helpers";

const QUEUE = "news-timeline-articles";
const DLQ = "news-timeline-articles-dlq";

async function runBatch(queue: string, bodies: unknown[], attempts = 1, e: Cloudflare.Env = env) {
  const batch = createMessageBatch(
    queue,
    bodies.map((body, i) => ({ id: `msg-${i}-${Math.random().toString(36).slice(2)}`, timestamp: new Date(), attempts, body })),
  );

  const ctx = createExecutionContext();
  await worker.queue(batch, e, ctx);
  return { batch, result: await getQueueResult(batch, ctx) };
}

/** Everything observable about an article and its incidents, minus processing timestamps. */
async function snapshot(articleId: string) {
  const a = await getJson(`/api/articles/${articleId}`);
  const incidents = [];
  for (const id of [...new Set(a.incidents.map((i: any) => i.id))].sort()) incidents.push(await getJson(`/api/incidents/${id}`));
  const { processedAt: _p, ...article } = a;
  return { article, incidents };
}

describe("queue consumer", () => {
  it("acks each processed message, one by one", async () => {
    const a = await ingest({ url: uniqueUrl("c"), ...KIM_EN });
    const b = await ingest({ url: uniqueUrl("c"), ...KIM_FR });
    await waitForArticle(a.id);
    await waitForArticle(b.id);
    const { batch, result } = await runBatch(QUEUE, [
      { articleId: a.id, version: 1 },
      { articleId: b.id, version: 1 },
    ]);
    expect(result.explicitAcks.sort()).toEqual(batch.messages.map((m) => m.id).sort());
    expect(result.retryMessages).toEqual([]);
  });

  it("retries (with exponential backoff) a message whose article version is not visible, and acks the others", async () => {
    const a = await ingest({ url: uniqueUrl("r"), ...KIM_EN });
    await waitForArticle(a.id);
    const { batch, result } = await runBatch(
      QUEUE,
      [{ articleId: a.id, version: 7 }, { articleId: a.id, version: 1 }],
      3,
      { ...env, RETRY_BASE_SECONDS: "10" },
    );
    // (getQueueResult does not report the delay; the backoff schedule is checked just below)
    expect(result.retryMessages.map((m: { msgId: string }) => m.msgId)).toEqual([batch.messages[0].id]);
    expect(result.explicitAcks).toEqual([batch.messages[1].id]);
    expect([1, 2, 3, 4, 20].map((n) => retryDelaySeconds(n, 10))).toEqual([10, 20, 40, 80, 900]);
    const art = await getJson(`/api/articles/${a.id}`);
    expect(art.status).toBe("done"); // the stale retry did not touch the processed version
  });

  it("acks a stale message (a newer version exists) and a malformed one", async () => {
    const url = uniqueUrl("s");
    const a = await ingest({ url, ...KIM_EN });
    await ingest({ url, ...KIM_EN, text: `${KIM_EN.text} Updated.` });
    const { batch, result } = await runBatch(QUEUE, [{ articleId: a.id, version: 1 }, { nope: true }]);
    expect(result.explicitAcks.sort()).toEqual(batch.messages.map((m) => m.id).sort());
    await waitForArticle(a.id, { version: 2 });
  });

  it("dead letters mark the article failed with the reason", async () => {
    const a = await ingest({ url: uniqueUrl("d"), ...KIM_EN });
    await waitForArticle(a.id);
    // The queue consumer records why it failed, then the DLQ consumer gives up on it.
    await runBatch(QUEUE, [{ articleId: a.id, version: 2 }], 3);
    const { batch, result } = await runBatch(DLQ, [{ articleId: a.id, version: 2 }]);
    expect(result.explicitAcks).toEqual([batch.messages[0].id]);
    const art = await getJson(`/api/articles/${a.id}`);
    expect(art.status).toBe("failed");
    expect(art.error).toContain("version 2 not visible");
    // An old dead letter does not fail a newer processed version.
    const b = await ingest({ url: uniqueUrl("d"), ...KIM_FR });
    await waitForArticle(b.id);
    await runBatch(DLQ, [{ articleId: b.id, version: 1 }]);
    expect((await getJson(`/api/articles/${b.id}`)).status).toBe("done");
  });

  it("end to end: after max_retries the message reaches the DLQ and the article is failed", async () => {
    const a = await ingest({ url: uniqueUrl("e2e-dlq"), ...KIM_EN });
    await waitForArticle(a.id);
    await env.ARTICLE_QUEUE.send({ articleId: a.id, version: 9 });
    const art = await waitForArticle(a.id, { status: ["failed"], timeoutMs: 20_000 });
    expect(art.error).toMatch(/gave up/);
    expect(art.error).toContain("version 9 not visible");
    // Posting a failed article again retries it.
    const again = await post("/api/articles", { url: art.url, ...KIM_EN });
    expect(again.status).toBe(202);
    expect(await again.json()).toMatchObject({ id: a.id, result: "updated", status: "queued" });
    const retried = await waitForArticle(a.id, { version: 2 });
    expect(retried.status).toBe("done");
    expect(retried.error).toBeUndefined();
  });

  it("processing the same message twice leaves the same state", async () => {
    const a = await ingest({ url: uniqueUrl("twice"), ...KIM_EN });
    await waitForArticle(a.id);
    const before = await snapshot(a.id);
    await runBatch(QUEUE, [{ articleId: a.id, version: 1 }, { articleId: a.id, version: 1 }]);
    expect(await snapshot(a.id)).toEqual(before);
    // Forced re-application of the whole pipeline (extract → plan → batch) is idempotent too.
    await processArticle(env, { articleId: a.id, version: 1 }, { force: true });
    await processArticle(env, { articleId: a.id, version: 1 }, { force: true });
    expect(await snapshot(a.id)).toEqual(before);
  });
});
