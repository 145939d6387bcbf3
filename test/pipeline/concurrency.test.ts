/**
 * Concurrent merges (several queue consumers at once). Articles are stored without a queue message
 * (upsertArticle) and processed here, so the test decides the interleaving. Each scenario uses its
 * own day, so that the scenarios' incidents never meet.
 */
import { createExecutionContext, createMessageBatch, env, getQueueResult } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import worker from "../../src/index";
import { MERGE_ATTEMPTS, processArticle } from "../../src/pipeline/process-article";
import { upsertArticle } from "../../src/store/articles";
import { integrityReport } from "../../src/store/integrity";
import { MergeConflictError, readMergeClock } from "../../src/store/merge";
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

describe("the race without the guard is real", () => {
  it("reference: processed one after the other, the three reports make one incident", async () => {
    const seq = await sequential(["A", "B", "C", "D"]);
    expect(seq.map((i) => i.roles)).toEqual(["ABC", "D"]);
  });

  it("deterministic interleaving: A plans, B merges and commits, A commits → unguarded, the incident is split", async () => {
    const reference = await sequential(["A", "B"]);
    expect(reference.map((i) => i.roles)).toEqual(["AB"]);

    const refs = await store(["A", "B"]);
    await processArticle(env, refs.A, {
      unguarded: true,
      beforeCommit: async () => void (await processArticle(env, refs.B, { unguarded: true })),
    });
    const raced = await incidentsOf(refs);
    expect(raced.map((i) => i.roles)).toEqual(["A", "B"]); // one real-world incident, two incidents
    expect(raced).not.toEqual(reference);
  });

  it("the same interleaving with the guard: A's commit conflicts, A re-plans, the result equals sequential processing", async () => {
    const reference = await sequential(["A", "B"]);
    const refs = await store(["A", "B"]);
    const conflicts: number[] = [];
    await processArticle(env, refs.A, {
      onConflict: (n) => conflicts.push(n),
      beforeCommit: async (attempt) => {
        if (attempt === 1) await processArticle(env, refs.B);
      },
    });
    expect(conflicts).toEqual([1]);
    expect(await incidentsOf(refs)).toEqual(reference);
  });

  it("Promise.all without the guard splits the incident (a race of the real pipeline, no hook)", async () => {
    const refs = await store(["A", "B", "C", "D"]);
    await Promise.all((["A", "B", "C", "D"] as Role[]).map((r) => processArticle(env, refs[r], { unguarded: true })));
    const raced = await incidentsOf(refs);
    // Sequential processing gives ["ABC", "D"] (first test); concurrent reads before any write do not.
    expect(raced.map((i) => i.roles)).not.toEqual(["ABC", "D"]);
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

  it("a stale clock makes the merge fail with a conflict and write nothing; after the last attempt the error is clear", async () => {
    const refs = await store(["A"]);
    const conflicts: number[] = [];
    let clockAtLastAttempt = -1;
    const run = processArticle(env, refs.A, {
      onConflict: (n) => conflicts.push(n),
      // Another merge commits between every plan and its commit (bumping the clock is what it does).
      beforeCommit: async () => {
        await env.DB.prepare("UPDATE merge_clock SET version = version + 1 WHERE id = 1").run();
        clockAtLastAttempt = await readMergeClock(env.DB);
      },
    });
    await expect(run).rejects.toBeInstanceOf(MergeConflictError);
    await expect(run).rejects.toThrow(`merge conflict: other articles were merged concurrently during each of ${MERGE_ATTEMPTS} attempts; the queue will retry`);
    expect(conflicts).toEqual([1, 2, 3, 4]); // the last attempt throws instead
    expect(await readMergeClock(env.DB)).toBe(clockAtLastAttempt); // no batch bumped it
    const art = await env.DB.prepare("SELECT status, processed_version FROM articles WHERE id = ?1").bind(refs.A.articleId).first();
    expect(art).toEqual({ status: "processing", processed_version: null });
    expect(await incidentsOf(refs)).toEqual([]); // no mention, no incident
    expect(await env.DB.prepare("SELECT count(*) AS n FROM merge_guard").first("n")).toBe(0);

    // The queue's next delivery succeeds and bumps the clock once.
    expect(await processArticle(env, refs.A)).toBe("done");
    expect(await readMergeClock(env.DB)).toBe(clockAtLastAttempt + 1);
    expect((await incidentsOf(refs)).map((i) => i.roles)).toEqual(["A"]);
  });
});
