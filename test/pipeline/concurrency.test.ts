/**
 * Concurrent merges (several queue consumers at once) and concurrent versions of one article. Articles
 * are stored without a queue message (upsertArticle) and processed here, either whole (processArticle)
 * or step by step through the store (snapshot, plan, commit), so the test decides the interleaving. Each scenario uses its
 * own day, so that the scenarios' incidents never meet.
 */
import { createExecutionContext, createMessageBatch, env, getQueueResult } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import worker from "../../src/index";
import { articleMentions } from "../../src/pipeline/article-mentions";
import { MERGE_ATTEMPTS, planArticle, processArticle, retryOnConflict } from "../../src/pipeline/process-article";
import { getArticle, upsertArticle } from "../../src/store/articles";
import { integrityReport } from "../../src/store/integrity";
import { applyMerge, MergeConflictError, readMergeClock, StaleVersionError } from "../../src/store/merge";
import { readMergeSnapshot } from "../../src/store/merge-snapshot";
import { uniqueUrl } from "../helpers";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
let nextDay = 0;
/** A fresh day per scenario (2019-01-01 onwards) and its wording. */
function freshDay() {
  const d = new Date(Date.UTC(2019, 0, 1 + 3 * nextDay++));
  return { iso: d.toISOString().slice(0, 10), text: `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`, next: new Date(d.getTime() + 86_400_000).toISOString().slice(0, 10) };
}

/** Three reports of one arrival (merged by planMerge) and one report of another incident the same day. */
function reports(day: ReturnType<typeof freshDay>) {
  return {
    A: { text: `Kim Jong-un arrived in Vladivostok on ${day.text} by train.`, language: "en", publishedAt: `${day.next}T08:00:00Z`, source: "Wire A" },
    B: { text: `Kim Jong-un arrived in Vladivostok on ${day.text} by train, officials said.`, language: "en", publishedAt: `${day.next}T09:00:00Z`, source: "Wire B" },
    C: { text: `Kim Jong-un arrived in Vladivostok on ${day.text} by train, state media reported.`, language: "en", publishedAt: `${day.next}T10:00:00Z`, source: "Wire C" },
    D: { text: `Vladimir Putin met Xi Jinping in Beijing on ${day.text}.`, language: "en", publishedAt: `${day.next}T11:00:00Z`, source: "Wire D" },
  };
}
type Role = keyof ReturnType<typeof reports>;

/** Stores the scenario's articles (no queue message): role → article ref. */
async function store(roles: Role[]) {
  const day = freshDay();
  const texts = reports(day);
  const refs = {} as Record<Role, { articleId: string; version: number }>;
  for (const role of roles) {
    const a = await upsertArticle(env.DB, { url: uniqueUrl(`cc-${role}`), ...texts[role] }, new Date().toISOString());
    refs[role] = { articleId: a.id, version: a.version };
  }
  return refs;
}

/** The scenario's incidents, by role: which articles each one groups, and its merged fields. */
async function incidentsOf(refs: Partial<Record<Role, { articleId: string }>>) {
  const roleOf = new Map(Object.entries(refs).map(([role, r]) => [r!.articleId, role]));
  const rows = await env.DB.prepare(
    `SELECT m.article_id, i.id, i.title, i.kind, i.date_granularity, i.source_count, i.actors, i.places
       FROM mentions m LEFT JOIN incidents i ON i.id = m.incident_id
      WHERE m.article_id IN (SELECT value FROM json_each(?1))`,
  )
    .bind(JSON.stringify([...roleOf.keys()]))
    .all<{ article_id: string; id: string | null; title: string; kind: string; date_granularity: string; source_count: number; actors: string; places: string }>();
  const byIncident = new Map<string, { roles: Set<string>; row: (typeof rows.results)[number] }>();
  for (const r of rows.results) {
    const key = r.id ?? `(none) ${r.article_id}`;
    const e = byIncident.get(key) ?? { roles: new Set<string>(), row: r };
    e.roles.add(roleOf.get(r.article_id)!);
    byIncident.set(key, e);
  }
  return [...byIncident.values()]
    .map(({ roles, row }) => ({
      roles: [...roles].sort().join(""),
      kind: row.kind,
      granularity: row.date_granularity,
      sourceCount: row.source_count,
      actors: row.actors,
      places: row.places,
      // The title quotes the article wording, not the day: comparable across scenarios.
      title: row.title,
    }))
    .sort((a, b) => a.roles.localeCompare(b.roles));
}

async function sequential(roles: Role[]) {
  const refs = await store(roles);
  for (const role of roles) await processArticle(env, refs[role]);
  return incidentsOf(refs);
}

/**
 * One merge of an article split into the store's steps, so that a test decides what happens between
 * them: `plan()` extracts, reads the snapshot (merge clock, previous mentions, candidates) and plans;
 * `commit()` applies that plan in one guarded batch.
 */
async function planned(ref: { articleId: string; version: number }, now = new Date().toISOString()) {
  const article = (await getArticle(env.DB, ref.articleId))!;
  const { fresh, outcome } = articleMentions(article);
  const snapshot = await readMergeSnapshot(env.DB, article.id, fresh.map((f) => f.record));
  const plan = planArticle(snapshot, fresh);
  return {
    snapshot,
    /** Commits the plan; `clock` overrides the clock the batch checks (default: the one read with the snapshot). */
    commit: (clock = snapshot.clock) =>
      applyMerge(env.DB, { articleId: article.id, version: article.version, now, outcome, fresh, ...snapshot, clock, plan }),
  };
}

describe("the race the guard prevents is real", () => {
  it("reference: processed one after the other, the three reports make one incident", async () => {
    const seq = await sequential(["A", "B", "C", "D"]);
    expect(seq.map((i) => i.roles)).toEqual(["ABC", "D"]);
  });

  it("A plans, B merges and commits, A commits a plan that missed B → the incident is split (what a guard-free commit would do)", async () => {
    const reference = await sequential(["A", "B"]);
    expect(reference.map((i) => i.roles)).toEqual(["AB"]);

    const refs = await store(["A", "B"]);
    const a = await planned(refs.A); // A's candidates do not include B (not merged yet)
    await processArticle(env, refs.B);
    // Committing A's stale plan under the clock as it is now is what an unguarded batch would do.
    await a.commit(await readMergeClock(env.DB));
    const raced = await incidentsOf(refs);
    expect(raced.map((i) => i.roles)).toEqual(["A", "B"]); // one real-world incident, two incidents
    expect(raced).not.toEqual(reference);
  });

  it("the same interleaving with the clock read before the snapshot: A's commit conflicts and writes nothing; A re-planned equals sequential", async () => {
    const reference = await sequential(["A", "B"]);
    const refs = await store(["A", "B"]);
    const a = await planned(refs.A);
    await processArticle(env, refs.B);
    const clockBefore = await readMergeClock(env.DB);
    await expect(a.commit()).rejects.toBeInstanceOf(MergeConflictError);
    expect(await readMergeClock(env.DB)).toBe(clockBefore);
    expect((await incidentsOf(refs)).map((i) => i.roles)).toEqual(["B"]); // A wrote nothing
    await (await planned(refs.A)).commit(); // the re-plan sees B
    expect(await incidentsOf(refs)).toEqual(reference);
  });

  it("all four plan before any commits, then commit one after the other on fresh clocks → not the sequential result", async () => {
    const refs = await store(["A", "B", "C", "D"]);
    const plans = await Promise.all((["A", "B", "C", "D"] as Role[]).map((r) => planned(refs[r])));
    for (const p of plans) await p.commit(await readMergeClock(env.DB));
    const raced = await incidentsOf(refs);
    // Sequential processing gives ["ABC", "D"] (first test); reads before any write do not.
    expect(raced.map((i) => i.roles)).not.toEqual(["ABC", "D"]);
  });
});

describe("versions never go back", () => {
  const v1 = (day: ReturnType<typeof freshDay>) => ({ text: `Kim Jong-un arrived in Vladivostok on ${day.text} by train.`, language: "en", publishedAt: `${day.next}T08:00:00Z` });
  const v2 = (day: ReturnType<typeof freshDay>) => ({ text: `Kim Jong-un left Pyongyang on ${day.text} by train. Vladimir Putin met Xi Jinping in Beijing on ${day.text}.`, language: "en", publishedAt: `${day.next}T08:00:00Z` });
  const storedMentions = async (articleId: string) =>
    (await env.DB.prepare("SELECT id, trigger_text, content_hash FROM mentions WHERE article_id = ?1 ORDER BY id").bind(articleId).all()).results;

  it("version 1 and version 2 processed concurrently, version 1 committing last: the stored mentions are version 2's", async () => {
    const day = freshDay();
    const url = uniqueUrl("versions");
    const first = await upsertArticle(env.DB, { url, ...v1(day) }, new Date().toISOString());
    // Version 1's consumer has read its article and extracted it; then version 2 arrives and is fully processed.
    const article1 = (await getArticle(env.DB, first.id))!;
    const one = articleMentions(article1);
    const second = await upsertArticle(env.DB, { url, ...v2(day) }, new Date().toISOString());
    expect(second.version).toBe(2);
    expect(await processArticle(env, { articleId: second.id, version: 2 })).toBe("done");
    const afterV2 = await storedMentions(first.id);
    expect(afterV2.map((m: any) => m.trigger_text).sort()).toEqual(["left", "met"]);

    // Version 1 now reads the store (so the merge clock already includes version 2's commit) and commits last.
    const snapshot = await readMergeSnapshot(env.DB, article1.id, one.fresh.map((f) => f.record));
    const plan = planArticle(snapshot, one.fresh);
    const clockBefore = await readMergeClock(env.DB);
    await expect(
      applyMerge(env.DB, { articleId: article1.id, version: 1, now: new Date().toISOString(), outcome: one.outcome, fresh: one.fresh, ...snapshot, plan }),
    ).rejects.toBeInstanceOf(StaleVersionError);
    expect(await readMergeClock(env.DB)).toBe(clockBefore); // the batch wrote nothing
    expect(await storedMentions(first.id)).toEqual(afterV2);
    const art = await env.DB.prepare("SELECT version, status, processed_version FROM articles WHERE id = ?1").bind(first.id).first();
    expect(art).toEqual({ version: 2, status: "done", processed_version: 2 });
    // And the pipeline itself calls version 1 stale, before or after extraction.
    expect(await processArticle(env, { articleId: first.id, version: 1 }, { force: true })).toBe("stale");
  });

  it("version 1's planned merge committing while version 2 is processed (Promise.all): version 2's mentions stay", async () => {
    const day = freshDay();
    const url = uniqueUrl("versions-race");
    const first = await upsertArticle(env.DB, { url, ...v1(day) }, new Date().toISOString());
    const p1 = planned({ articleId: first.id, version: 1 }); // reads version 1 before version 2 exists
    const article1Plan = await p1;
    const second = await upsertArticle(env.DB, { url, ...v2(day) }, new Date().toISOString());
    const results = await Promise.allSettled([processArticle(env, { articleId: second.id, version: 2 }), article1Plan.commit()]);
    expect(results[0]).toEqual({ status: "fulfilled", value: "done" });
    expect(results[1].status).toBe("rejected"); // stale version (or, if it ran first, a conflict: either way nothing written)
    const reason = (results[1] as PromiseRejectedResult).reason;
    expect(reason instanceof StaleVersionError || reason instanceof MergeConflictError).toBe(true);
    expect((await storedMentions(first.id)).map((m: any) => m.trigger_text).sort()).toEqual(["left", "met"]);
  });
});

describe("concurrent merges with the guard", () => {
  it("Promise.all on processArticle: conflicts are detected and retried, the incidents equal sequential processing", async () => {
    const reference = await sequential(["A", "B", "C", "D"]);
    const refs = await store(["A", "B", "C", "D"]);
    let conflicts = 0;
    const outcomes = await Promise.all(
      (["A", "B", "C", "D"] as Role[]).map((r) => processArticle(env, refs[r], { onConflict: () => void conflicts++ })),
    );
    expect(outcomes).toEqual(["done", "done", "done", "done"]);
    expect(conflicts).toBeGreaterThan(0); // the race happened and was caught
    expect(await incidentsOf(refs)).toEqual(reference);
  });

  it("several concurrent consumer invocations (one message each) ack everything and equal sequential processing", async () => {
    const reference = await sequential(["A", "B", "C", "D"]);
    const refs = await store(["A", "B", "C", "D"]);
    const runs = (["A", "B", "C", "D"] as Role[]).map(async (role) => {
      const batch = createMessageBatch("news-timeline-articles", [
        { id: `cc-${role}-${Math.random().toString(36).slice(2)}`, timestamp: new Date(), attempts: 1, body: refs[role] },
      ]);
      const ctx = createExecutionContext();
      await worker.queue!(batch, env, ctx);
      return { batch, result: await getQueueResult(batch, ctx) };
    });
    for (const { batch, result } of await Promise.all(runs)) {
      expect(result.explicitAcks).toEqual([batch.messages[0].id]);
      expect(result.retryMessages).toEqual([]);
    }
    expect(await incidentsOf(refs)).toEqual(reference);
    expect(await integrityReport(env.DB)).toEqual({ danglingMentions: 0, emptyIncidents: 0, unassignedMentions: 0, wrongSourceCounts: 0 });
  });

  it("re-running every message concurrently (redelivery) leaves the same state", async () => {
    const refs = await store(["A", "B", "C", "D"]);
    const all = ["A", "B", "C", "D"] as Role[];
    await Promise.all(all.map((r) => processArticle(env, refs[r])));
    const once = await incidentsOf(refs);
    await Promise.all(all.map((r) => processArticle(env, refs[r], { force: true })));
    expect(await incidentsOf(refs)).toEqual(once);
  });
});

describe("the guard itself", () => {
  it("a D1 batch whose guard fails is rolled back as a whole (writes before the guard included)", async () => {
    const before = await readMergeClock(env.DB);
    const key = `cc-probe-${Math.random().toString(36).slice(2)}`;
    const batch = env.DB.batch([
      env.DB.prepare("UPDATE merge_clock SET version = version + 1 WHERE id = 1"),
      env.DB.prepare("INSERT INTO meta (key, value) VALUES (?1, 'x')").bind(key),
      env.DB.prepare("INSERT INTO merge_guard (x) SELECT 1 WHERE (SELECT version FROM merge_clock WHERE id = 1) IS NOT ?1").bind(before),
    ]);
    await expect(batch).rejects.toThrow(/merge_conflict/);
    expect(await readMergeClock(env.DB)).toBe(before);
    expect(await env.DB.prepare("SELECT count(*) AS n FROM meta WHERE key = ?1").bind(key).first("n")).toBe(0);
    expect(await env.DB.prepare("SELECT count(*) AS n FROM merge_guard").first("n")).toBe(0);
  });

  it("a stale clock makes the merge fail with a conflict and write nothing; retried until the last attempt, the error is clear", async () => {
    const refs = await store(["A"]);
    const conflicts: number[] = [];
    let clockAtLastAttempt = -1;
    const run = retryOnConflict(
      async () => {
        const a = await planned(refs.A);
        // Another merge commits between every plan and its commit (bumping the clock is what it does).
        await env.DB.prepare("UPDATE merge_clock SET version = version + 1 WHERE id = 1").run();
        clockAtLastAttempt = await readMergeClock(env.DB);
        return a.commit();
      },
      MERGE_ATTEMPTS,
      (n) => conflicts.push(n),
    );
    await expect(run).rejects.toBeInstanceOf(MergeConflictError);
    await expect(run).rejects.toThrow(`merge conflict: other articles were merged concurrently during each of ${MERGE_ATTEMPTS} attempts; the queue will retry`);
    expect(conflicts).toEqual([1, 2, 3, 4]); // the last attempt throws instead
    expect(await readMergeClock(env.DB)).toBe(clockAtLastAttempt); // no batch bumped it
    const art = await env.DB.prepare("SELECT status, processed_version FROM articles WHERE id = ?1").bind(refs.A.articleId).first();
    expect(art).toEqual({ status: "queued", processed_version: null });
    expect(await incidentsOf(refs)).toEqual([]); // no mention, no incident
    expect(await env.DB.prepare("SELECT count(*) AS n FROM merge_guard").first("n")).toBe(0);

    // The queue's next delivery succeeds and bumps the clock once.
    expect(await processArticle(env, refs.A)).toBe("done");
    expect(await readMergeClock(env.DB)).toBe(clockAtLastAttempt + 1);
    expect((await incidentsOf(refs)).map((i) => i.roles)).toEqual(["A"]);
  });
});
