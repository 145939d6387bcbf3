/**
 * Applies a merge plan for one processed article in one D1 batch (atomic): replace the article's
 * mentions, rewrite the affected incidents (delete vanished ones, upsert planned ones and their
 * members), mark the article done. Every statement is an upsert or a keyed update/delete, so
 * applying the same plan twice leaves the same state.
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
import type { MentionRecord, PlannedIncident } from "../merge/types";
import { sha256Hex, stableJson } from "./hash";
import { forgetStoreVersion } from "./incidents";
import { spanClass } from "./dates";
import { dropIncidentIndex, writeIncidentIndex, type IndexedIncident } from "./incident-index";
import { dropKeyRowsStatement, keyRows, keyRowsStatement, MENTION_COLUMNS, mentionContentHash, mentionValues, type StoredMention } from "./mentions";

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

interface IncidentState {
  id: string;
  member_hash: string;
  first_seen_at: string;
  updated_at: string;
}

const primaryLang = (l: string) => l.toLowerCase().split("-")[0];
const uniq = <T>(xs: T[]) => [...new Set(xs)];

export async function incidentMemberHash(inc: PlannedIncident, members: { id: string; contentHash: string }[]) {
  const sorted = [...members].sort((a, b) => a.id.localeCompare(b.id)).map((m) => `${m.id}:${m.contentHash}`);
  const { mentionIds: _m, ...fields } = inc;
  return (await sha256Hex(stableJson({ members: sorted, fields }))).slice(0, 32);
}

type MemberInfo = { record: MentionRecord; contentHash: string; firstStoredAt: string; sentenceIndex: number; isFresh: boolean };

/** A planned incident's row values (null when it is stored exactly so already), its members to point at it, its index rows. */
interface IncidentUpsert {
  values: unknown[] | null;
  pointers: { m: string; i: string }[];
  indexed: IndexedIncident;
}

const INCIDENT_COLUMNS = [
  "id", "title", "kind", "date_value", "date_start", "date_end", "date_granularity", "date_text", "actors", "places",
  "actors_key", "places_key", "languages", "search_text", "member_hash", "source_count", "first_seen_at", "updated_at", "span_class",
] as const;

/** Rows given as one JSON array of value arrays, upserted by `id` in one statement (whatever their number). */
function upsertRowsStatement(db: D1Database, table: string, columns: readonly string[], rows: unknown[][], updates: string): D1PreparedStatement {
  const values = columns.map((_, i) => `value ->> ${i}`).join(", ");
  return db
    .prepare(`INSERT INTO ${table} (${columns.join(", ")}) SELECT ${values} FROM json_each(?1) WHERE true ON CONFLICT (id) DO UPDATE SET ${updates}`)
    .bind(JSON.stringify(rows));
}

function incidentUpsertStatement(db: D1Database, rows: unknown[][]): D1PreparedStatement {
  const updates = INCIDENT_COLUMNS.filter((c) => c !== "id").map((c) => `${c} = excluded.${c}`).join(", ");
  return upsertRowsStatement(db, "incidents", INCIDENT_COLUMNS, rows, updates);
}

function mentionUpsertStatement(db: D1Database, rows: unknown[][]): D1PreparedStatement {
  // first_stored_at is kept; updated_at moves only when the content changed.
  const updates = MENTION_COLUMNS.filter((c) => c !== "id" && c !== "first_stored_at" && c !== "updated_at")
    .map((c) => `${c} = excluded.${c}`)
    .join(", ");
  return upsertRowsStatement(db, "mentions", MENTION_COLUMNS, rows,
    `${updates}, updated_at = CASE WHEN mentions.content_hash = excluded.content_hash THEN mentions.updated_at ELSE excluded.updated_at END`);
}

/** Points stored mentions at their planned incidents, in one statement. */
function pointerStatement(db: D1Database, pointers: { m: string; i: string }[]): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE mentions SET incident_id = p.i FROM (SELECT value ->> '$.m' AS m, value ->> '$.i' AS i FROM json_each(?1)) p
       WHERE mentions.id = p.m AND mentions.incident_id IS NOT p.i`,
    )
    .bind(JSON.stringify(pointers));
}

/** The row of each planned incident whose members or content changed, with its member pointers and index rows. */
async function incidentUpserts(
  planned: PlannedIncident[],
  all: Map<string, MemberInfo>,
  states: Map<string, IncidentState>,
  now: string,
): Promise<IncidentUpsert[]> {
  const out: IncidentUpsert[] = [];
  for (const inc of planned) {
    const members = inc.mentionIds.map((id) => all.get(id)).filter((m): m is MemberInfo => !!m);
    if (members.length === 0) continue;
    const memberHash = await incidentMemberHash(inc, members.map((m) => ({ id: m.record.id, contentHash: m.contentHash })));
    const prev = states.get(inc.id);
    // Same id, same members, same content: already stored exactly so (its members point to it)…
    // but its index rows were dropped with the others: written again unchanged.
    const same = !!prev && prev.member_hash === memberHash;
    const updatedAt = same ? prev.updated_at : now;
    const languages = uniq(members.map((m) => primaryLang(m.record.language))).sort();
    const searchText = [inc.title, ...members.map((m) => m.record.quote), ...inc.actors, ...inc.places, inc.date.text]
      .join(" \u0001 ")
      .toLowerCase();
    const indexed: IndexedIncident = {
      id: inc.id, kind: inc.kind, actors: inc.actors, places: inc.places, languages, dateStart: inc.date.start, updatedAt, searchText,
    };
    if (same) {
      out.push({ values: null, pointers: [], indexed });
      continue;
    }
    const values = [
      inc.id, inc.title, inc.kind, inc.date.value, inc.date.start, inc.date.end, inc.date.granularity, inc.date.text,
      JSON.stringify(inc.actors), JSON.stringify(inc.places),
      JSON.stringify(inc.actors.map((a) => a.toLowerCase())), JSON.stringify(inc.places.map((p) => p.toLowerCase())),
      JSON.stringify(languages), searchText, memberHash, new Set(members.map((m) => m.record.articleId)).size,
      members.map((m) => m.firstStoredAt).sort()[0], updatedAt, spanClass(inc.date.start, inc.date.end),
    ];
    const pointers = members.filter((m) => !m.isFresh).map((m) => ({ m: m.record.id, i: inc.id }));
    out.push({ values, pointers, indexed });
  }
  return out;
}

export async function applyMerge(db: D1Database, input: MergeInput): Promise<{ incidentIds: string[] }> {
  const { now } = input;
  const previousById = new Map(input.previous.map((m) => [m.record.id, m]));

  // Every mention the plan may refer to, with its stored bookkeeping.
  const all = new Map<string, MemberInfo>();
  for (const c of input.candidates) all.set(c.record.id, { ...c, isFresh: false });
  for (const f of input.fresh) {
    const prev = previousById.get(f.record.id);
    all.set(f.record.id, {
      record: f.record,
      sentenceIndex: f.sentenceIndex,
      contentHash: await mentionContentHash(f.record, input.version),
      firstStoredAt: prev?.firstStoredAt ?? now,
      isFresh: true,
    });
  }

  const affected = new Set<string>(input.plan.replaced);
  for (const m of input.previous) if (m.incidentId) affected.add(m.incidentId);
  const plannedIds = input.plan.incidents.map((i) => i.id);
  const stateIds = uniq([...affected, ...plannedIds]);
  const states = new Map<string, IncidentState>();
  if (stateIds.length > 0) {
    const r = await db
      .prepare("SELECT id, member_hash, first_seen_at, updated_at FROM incidents WHERE id IN (SELECT value FROM json_each(?1))")
      .bind(JSON.stringify(stateIds))
      .all<IncidentState>();
    for (const s of r.results) states.set(s.id, s);
  }

  const incidentOf = new Map<string, string>();
  // 0. The version and clock guards, then the clock bump.
  const statements: D1PreparedStatement[] = guardStatements(db, input.articleId, input.version, input.clock);

  // 1. The article's mentions: drop vanished ones, upsert fresh ones (first_stored_at is kept).
  statements.push(
    db
      .prepare("DELETE FROM mentions WHERE article_id = ?1 AND id NOT IN (SELECT value FROM json_each(?2))")
      .bind(input.articleId, JSON.stringify(input.fresh.map((f) => f.record.id))),
  );
  for (const inc of input.plan.incidents) for (const id of inc.mentionIds) incidentOf.set(id, inc.id);
  // Their blocking keys (store/mentions.ts, merge/blocking.ts), rewritten with the mentions.
  if (input.previous.length > 0) statements.push(dropKeyRowsStatement(db, keyRows(input.previous.map((p) => p.record))));
  if (input.fresh.length > 0) statements.push(keyRowsStatement(db, keyRows(input.fresh.map((f) => f.record))));
  if (input.fresh.length > 0) {
    const rows = input.fresh.map((f) => {
      const m = all.get(f.record.id)!;
      return mentionValues(m.record, {
        incidentId: incidentOf.get(m.record.id) ?? null,
        sentenceIndex: m.sentenceIndex,
        contentHash: m.contentHash,
        firstStoredAt: m.firstStoredAt,
        updatedAt: now,
      });
    });
    statements.push(mentionUpsertStatement(db, rows));
  }

  // 2. Incidents: delete the vanished, upsert the planned, point their members at them; their read
  // indexes are dropped first and written again after the upserts (store/incident-index.ts).
  const vanished = [...affected].filter((id) => !plannedIds.includes(id));
  const reindexed = [...new Set([...vanished, ...plannedIds])];
  if (reindexed.length > 0) statements.push(...dropIncidentIndex(db, reindexed));
  if (vanished.length > 0) {
    statements.push(
      db.prepare("DELETE FROM incidents WHERE id IN (SELECT value FROM json_each(?1))").bind(JSON.stringify(vanished)),
    );
  }
  let changed = vanished.length > 0;
  // Renamed incidents: alias each vanished id to the planned incident that took most of its members.
  for (const gone of vanished) {
    const votes = new Map<string, number>();
    for (const m of [...input.candidates, ...input.previous]) {
      if (m.incidentId !== gone) continue;
      const to = incidentOf.get(m.record.id);
      if (to) votes.set(to, (votes.get(to) ?? 0) + 1);
    }
    const target = [...votes.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
    if (!target) continue;
    statements.push(
      db
        .prepare(
          "INSERT INTO incident_aliases (old_id, new_id, created_at) VALUES (?1, ?2, ?3) ON CONFLICT (old_id) DO UPDATE SET new_id = excluded.new_id",
        )
        .bind(gone, target, now),
      db.prepare("UPDATE incident_aliases SET new_id = ?2 WHERE new_id = ?1").bind(gone, target),
    );
  }
  if (plannedIds.length > 0) {
    // An id that is planned again is an incident, not an alias.
    statements.push(
      db.prepare("DELETE FROM incident_aliases WHERE old_id IN (SELECT value FROM json_each(?1))").bind(JSON.stringify(plannedIds)),
    );
  }
  const upserts = await incidentUpserts(input.plan.incidents, all, states, now);
  const rows = upserts.flatMap((u) => (u.values ? [u.values] : []));
  if (rows.length > 0) {
    changed = true;
    statements.push(incidentUpsertStatement(db, rows));
    const pointers = upserts.flatMap((u) => u.pointers);
    if (pointers.length > 0) statements.push(pointerStatement(db, pointers));
  }
  statements.push(...writeIncidentIndex(db, upserts.map((u) => u.indexed)));
  // A member of a replaced incident that the plan left out belongs to no incident any more (never to a deleted one).
  const orphans = input.candidates
    .filter((c) => c.incidentId && affected.has(c.incidentId) && !incidentOf.has(c.record.id))
    .map((c) => c.record.id);
  if (orphans.length > 0) {
    statements.push(
      db.prepare("UPDATE mentions SET incident_id = NULL WHERE id IN (SELECT value FROM json_each(?1))").bind(JSON.stringify(orphans)),
    );
    changed = true;
  }
  if (changed) {
    statements.push(
      db
        .prepare("INSERT INTO meta (key, value) VALUES ('changed_at', ?1) ON CONFLICT (key) DO UPDATE SET value = excluded.value")
        .bind(now),
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
        input.articleId, input.version, now, input.outcome.language, input.outcome.title,
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
  return { incidentIds: plannedIds };
}
