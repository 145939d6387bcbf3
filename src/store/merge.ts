/**
 * Applies a merge plan for one processed article in one D1 batch (atomic): the article's mentions and
 * blocking keys that changed, the incidents that changed (vanished ones deleted and aliased, planned
 * ones upserted with their members and index rows; store/merge-incidents.ts), the article marked done.
 * What the article does not change is not written: the batch has 8–16 statements, each one kind of
 * write for all its rows. Every statement is an upsert or a keyed update/delete, so applying the same
 * plan twice leaves the same state.
 *
 * Versions never go back: the batch first checks that the article still is at the version the plan was
 * computed from (migrations/0005 `stale_version`); when a newer version was stored meanwhile, the
 * batch writes nothing and StaleVersionError is thrown (the newer version has its own message).
 *
 * Concurrent merges: the batch then checks that the merge clock (migrations/0003) still holds the
 * version read before the candidates were loaded, and bumps it. If another merge committed meanwhile,
 * the guard fails, the whole batch is rolled back and MergeConflictError is thrown: the caller
 * re-reads and re-plans.
 */
import type { IncrementalPlan } from "../merge/incremental-plan";
import type { MentionRecord } from "../merge/types";
import { forgetStoreVersion } from "./incidents";
import { indexStatements } from "./incident-index";
import {
  aliasStatements, incidentUpsertStatement, incidentUpserts, pointerStatement, readIncidentStates, upsertRowsStatement, type MemberInfo,
} from "./merge-incidents";
import { dropKeyRowsStatement, keyRowChanges, keyRowsStatement, MENTION_COLUMNS, mentionContentHash, mentionValues, type StoredMention } from "./mentions";

export { incidentMemberHash } from "./merge-incidents";

export interface ArticleOutcome {
  language: string;
  title: string | null;
  publishedAt: string;
  publishedAtSource: "provided" | "text" | "received";
  /** What the extraction limits cut or simplified ("code: reason"). */
  warnings: string[];
}

export interface MergeInput {
  articleId: string;
  version: number;
  now: string;
  outcome: ArticleOutcome;
  /** The article's freshly extracted mentions, with their sentence index. */
  fresh: { record: MentionRecord; sentenceIndex: number }[];
  /** The article's mentions as stored before this run. */
  previous: StoredMention[];
  /** Mentions of other articles loaded as merge candidates (with all members of their incidents). */
  candidates: StoredMention[];
  /** The changed incidents, and the stored ones they replace (the others are left untouched). */
  plan: IncrementalPlan;
  /** The merge clock read (readMergeClock) before `previous` and `candidates` were loaded. */
  clock: number;
}

/** The store changed between the reads a merge plan was built from and its commit. */
export class MergeConflictError extends Error {}

/** A newer version of the article was stored after this plan's version: the batch wrote nothing. */
export class StaleVersionError extends Error {}

/** Version of the merge clock, bumped by every merge batch. Read it before the merge's other reads. */
export async function readMergeClock(db: D1Database): Promise<number> {
  const r = await db.prepare("SELECT version FROM merge_clock WHERE id = 1").first<{ version: number }>();
  if (!r) throw new Error("merge_clock is empty: apply migrations/0003_merge_clock.sql");
  return r.version;
}

/** Moves the merge clock on: any batch that writes mentions or incidents includes it. */
export const bumpMergeClock = (db: D1Database): D1PreparedStatement => db.prepare("UPDATE merge_clock SET version = version + 1 WHERE id = 1");

/**
 * The statements a merge batch starts with: fail it (CHECK constraint stale_version) when the article
 * moved past `version`, fail it (CHECK merge_conflict) when the clock is no longer `clock`, then bump
 * the clock (after the guard, or the guard would see its own bump).
 */
function guardStatements(db: D1Database, articleId: string, version: number, clock: number): D1PreparedStatement[] {
  return [
    db.prepare("INSERT INTO version_guard (x) SELECT 1 WHERE (SELECT version FROM articles WHERE id = ?1) > ?2").bind(articleId, version),
    db.prepare("INSERT INTO merge_guard (x) SELECT 1 WHERE (SELECT version FROM merge_clock WHERE id = 1) IS NOT ?1").bind(clock),
    bumpMergeClock(db),
  ];
}

const failedConstraint = (err: unknown, name: string): boolean => {
  for (let e: unknown = err; e instanceof Error; e = e.cause) if (e.message.includes(name)) return true;
  return false;
};

function mentionUpsertStatement(db: D1Database, rows: unknown[][]): D1PreparedStatement {
  // first_stored_at is kept; updated_at moves only when the content changed.
  const updates = MENTION_COLUMNS.filter((c) => c !== "id" && c !== "first_stored_at" && c !== "updated_at")
    .map((c) => `${c} = excluded.${c}`)
    .join(", ");
  return upsertRowsStatement(db, "mentions", MENTION_COLUMNS, rows,
    `${updates}, updated_at = CASE WHEN mentions.content_hash = excluded.content_hash THEN mentions.updated_at ELSE excluded.updated_at END`);
}

/** Every mention the plan may refer to (candidates and fresh), with its stored bookkeeping. */
async function memberInfos(input: MergeInput): Promise<Map<string, MemberInfo>> {
  const previousById = new Map(input.previous.map((m) => [m.record.id, m]));
  const all = new Map<string, MemberInfo>();
  for (const c of input.candidates) all.set(c.record.id, { ...c, isFresh: false });
  for (const f of input.fresh) {
    const prev = previousById.get(f.record.id);
    all.set(f.record.id, {
      record: f.record,
      sentenceIndex: f.sentenceIndex,
      contentHash: await mentionContentHash(f.record, input.version),
      firstStoredAt: prev?.firstStoredAt ?? input.now,
      isFresh: true,
    });
  }
  return all;
}

/** 1. The article's mentions and their blocking keys: only the rows that change (none for an article merged again unchanged). */
function mentionStatements(db: D1Database, input: MergeInput, all: Map<string, MemberInfo>, incidentOf: Map<string, string>): D1PreparedStatement[] {
  const out: D1PreparedStatement[] = [];
  const freshIds = new Set(input.fresh.map((f) => f.record.id));
  const gone = input.previous.filter((p) => !freshIds.has(p.record.id)).map((p) => p.record.id);
  if (gone.length > 0) {
    out.push(db.prepare("DELETE FROM mentions WHERE article_id = ?1 AND id IN (SELECT value FROM json_each(?2))").bind(input.articleId, JSON.stringify(gone)));
  }
  const keys = keyRowChanges(input.previous.map((p) => p.record), input.fresh.map((f) => f.record));
  if (keys.drop.length > 0) out.push(dropKeyRowsStatement(db, keys.drop));
  if (keys.write.length > 0) out.push(keyRowsStatement(db, keys.write));
  const previousById = new Map(input.previous.map((m) => [m.record.id, m]));
  const rows = input.fresh.flatMap((f) => {
    const m = all.get(f.record.id)!;
    const incidentId = incidentOf.get(m.record.id) ?? null;
    const prev = previousById.get(m.record.id);
    if (prev && prev.contentHash === m.contentHash && prev.incidentId === incidentId && prev.sentenceIndex === m.sentenceIndex) return [];
    return [mentionValues(m.record, { incidentId, sentenceIndex: m.sentenceIndex, contentHash: m.contentHash, firstStoredAt: m.firstStoredAt, updatedAt: input.now })];
  });
  if (rows.length > 0) out.push(mentionUpsertStatement(db, rows));
  return out;
}

/** 2. Incidents: only the changed ones (vanished deleted and aliased, changed upserted with their members and index rows). */
async function incidentStatements(db: D1Database, input: MergeInput, all: Map<string, MemberInfo>, incidentOf: Map<string, string>): Promise<{ statements: D1PreparedStatement[]; changed: boolean }> {
  const affected = new Set<string>(input.plan.replaced);
  for (const m of input.previous) if (m.incidentId) affected.add(m.incidentId);
  const plannedIds = input.plan.incidents.map((i) => i.id);
  const planned = new Set(plannedIds);
  const { states, aliased } = await readIncidentStates(db, [...new Set([...affected, ...plannedIds])], plannedIds);
  const vanished = [...affected].filter((id) => !planned.has(id));
  const upserts = await incidentUpserts(input.plan.incidents, all, states, input.now);
  const index = indexStatements(db, upserts.map((u) => u.indexed), vanished, states);
  const out: D1PreparedStatement[] = [...index.before];
  if (vanished.length > 0) {
    out.push(db.prepare("DELETE FROM incidents WHERE id IN (SELECT value FROM json_each(?1))").bind(JSON.stringify(vanished)));
    out.push(...aliasStatements(db, vanished, [...input.candidates, ...input.previous], incidentOf, input.now));
  }
  // An id that is planned again is an incident, not an alias.
  const unaliased = plannedIds.filter((id) => aliased.has(id));
  if (unaliased.length > 0) out.push(db.prepare("DELETE FROM incident_aliases WHERE old_id IN (SELECT value FROM json_each(?1))").bind(JSON.stringify(unaliased)));
  if (upserts.length > 0) {
    out.push(incidentUpsertStatement(db, upserts.map((u) => u.values)));
    const pointers = upserts.flatMap((u) => u.pointers);
    if (pointers.length > 0) out.push(pointerStatement(db, pointers));
  }
  out.push(...index.after);
  // A member of a replaced incident that the plan left out belongs to no incident any more (never to a deleted one).
  const orphans = input.candidates.filter((c) => c.incidentId && affected.has(c.incidentId) && !incidentOf.has(c.record.id)).map((c) => c.record.id);
  if (orphans.length > 0) out.push(db.prepare("UPDATE mentions SET incident_id = NULL WHERE id IN (SELECT value FROM json_each(?1))").bind(JSON.stringify(orphans)));
  return { statements: out, changed: vanished.length > 0 || upserts.length > 0 || orphans.length > 0 };
}

export async function applyMerge(db: D1Database, input: MergeInput): Promise<{ incidentIds: string[] }> {
  const all = await memberInfos(input);
  const incidentOf = new Map<string, string>();
  for (const inc of input.plan.incidents) for (const id of inc.mentionIds) incidentOf.set(id, inc.id);
  // 0. The version and clock guards, then the clock bump.
  const statements: D1PreparedStatement[] = guardStatements(db, input.articleId, input.version, input.clock);
  statements.push(...mentionStatements(db, input, all, incidentOf));
  const incidents = await incidentStatements(db, input, all, incidentOf);
  statements.push(...incidents.statements);
  if (incidents.changed) {
    statements.push(
      db
        .prepare("INSERT INTO meta (key, value) VALUES ('changed_at', ?1) ON CONFLICT (key) DO UPDATE SET value = excluded.value")
        .bind(input.now),
    );
  }

  // 3. The article is done (only if it is still the version that was processed).
  statements.push(
    db
      .prepare(
        `UPDATE articles SET status = 'done', status_at = ?3, processed_at = ?3, processed_version = ?2, error = NULL,
           language = ?4, extracted_title = ?5, published_at = ?6, published_at_source = ?7, warnings = ?8
         WHERE id = ?1 AND version = ?2`,
      )
      .bind(
        input.articleId, input.version, input.now, input.outcome.language, input.outcome.title,
        input.outcome.publishedAt, input.outcome.publishedAtSource, JSON.stringify(input.outcome.warnings),
      ),
  );
  try {
    await db.batch(statements);
    forgetStoreVersion();
  } catch (err) {
    if (failedConstraint(err, "stale_version")) {
      throw new StaleVersionError(`article ${input.articleId}: a version newer than ${input.version} is stored; nothing written`, { cause: err });
    }
    if (failedConstraint(err, "merge_conflict")) {
      throw new MergeConflictError(`merge conflict: another merge committed since merge clock ${input.clock} was read`, { cause: err });
    }
    throw err;
  }
  return { incidentIds: input.plan.incidents.map((i) => i.id) };
}
