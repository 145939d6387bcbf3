/**
 * Loads the synthetic archive into local D1 databases fast: the schema is created through D1
 * (Miniflare), then the rows are imported into the database's SQLite file with the sqlite3 CLI
 * (src/store/bulk-file.ts), then the database is reopened through D1. Without sqlite3 on PATH, the
 * rows go through D1's bulk loader (src/store/bulk.ts), much slower.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { appendFileSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Miniflare } from "miniflare";
import { applySchema, bulkInsertArticles, bulkInsertIncidents, bulkInsertMentions } from "../../src/store/bulk";
import { BULK_TABLES, bulkCsv, bulkImportScript, type BulkTable } from "../../src/store/bulk-file";
import { synthesize } from "./store";

export const root = path.join(path.dirname(new URL(import.meta.url).pathname), "..", "..");
export const hasSqlite3 = () => spawnSync("sqlite3", ["-version"]).status === 0;
export const migrationsSql = () =>
  readdirSync(path.join(root, "migrations")).filter((f) => f.endsWith(".sql")).sort().map((f) => readFileSync(path.join(root, "migrations", f), "utf8"));

/** Appends incidents [from, to) of an archive of `total` to a SQLite file that has the schema. */
export function importIntoFile(sqliteFile: string, total: number, from: number, to: number) {
  const dir = path.join(path.dirname(sqliteFile), `csv-${path.basename(sqliteFile)}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files = Object.fromEntries(Object.keys(BULK_TABLES).map((t) => [t, path.join(dir, `${t}.csv`)])) as Record<BulkTable, string>;
  for (const f of Object.values(files)) writeFileSync(f, "");
  for (const c of synthesize(total, from, to)) {
    const csv = bulkCsv(c);
    for (const t of Object.keys(files) as BulkTable[]) appendFileSync(files[t], csv[t]);
  }
  const r = spawnSync("sqlite3", [sqliteFile], { input: bulkImportScript(files), encoding: "utf8", maxBuffer: 1 << 26 });
  rmSync(dir, { recursive: true, force: true });
  if (r.status !== 0 || /Error/i.test(r.stderr)) throw new Error(`sqlite3 import failed: ${r.stderr.slice(0, 500)}`);
}

/** What an imported archive depends on: the file's schema and the rows the code makes (a sample). */
function archiveKey(sqliteFile: string, total: number): string {
  const schema = spawnSync("sqlite3", [sqliteFile, ".schema"], { encoding: "utf8" }).stdout;
  const h = createHash("sha256").update(schema);
  for (const c of synthesize(total, 0, Math.min(total, 300))) for (const v of Object.values(bulkCsv(c))) h.update(v);
  return `${total}-${h.digest("hex").slice(0, 16)}`;
}

/**
 * importIntoFile(file, total, 0, total) through a cache (.tmp/bench-archives): an archive of `total`
 * incidents imported once into a file of the same schema, by the same code, is copied instead of being
 * imported again (1M incidents take tens of minutes to import on a loaded machine). Returns whether the
 * cache answered. BENCH_ARCHIVE_CACHE=0 disables it.
 */
export function importArchive(sqliteFile: string, total: number): boolean {
  if (process.env.BENCH_ARCHIVE_CACHE === "0") return (importIntoFile(sqliteFile, total, 0, total), false);
  const dir = path.join(root, ".tmp", "bench-archives");
  mkdirSync(dir, { recursive: true });
  const cached = path.join(dir, `${archiveKey(sqliteFile, total)}.sqlite`);
  for (const ext of ["-wal", "-shm"]) rmSync(sqliteFile + ext, { force: true });
  if (existsSync(cached)) return (copyFileSync(cached, sqliteFile), true);
  importIntoFile(sqliteFile, total, 0, total);
  const r = spawnSync("sqlite3", [sqliteFile, "PRAGMA wal_checkpoint(TRUNCATE);"], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`sqlite3 checkpoint failed: ${r.stderr}`);
  copyFileSync(sqliteFile, `${cached}.part`);
  renameSync(`${cached}.part`, cached);
  return false;
}

/**
 * Creates one D1 database per name under `persist` with the schema and returns the SQLite file of each
 * (Miniflare names the files by a hash: each database is created alone and its new file picked up).
 */
export async function createDatabases(persist: string, names: string[]): Promise<Map<string, string>> {
  rmSync(persist, { recursive: true, force: true });
  const files = new Map<string, string>();
  const dir = path.join(persist, "miniflare-D1DatabaseObject");
  for (const name of names) {
    mkdirSync(dir, { recursive: true });
    const before = new Set(readdirSync(dir));
    const mf = new Miniflare({ modules: true, script: "export default { fetch() { return new Response('') } }", d1Databases: { DB: name }, d1Persist: persist });
    await applySchema((await mf.getD1Database("DB")) as unknown as D1Database, migrationsSql());
    await mf.dispose();
    const file = readdirSync(dir).find((f) => f.endsWith(".sqlite") && f !== "metadata.sqlite" && !before.has(f));
    if (!file) throw new Error(`no SQLite file appeared for ${name}`);
    files.set(name, path.join(dir, file));
  }
  return files;
}

/** Through D1 itself (no sqlite3): the store's bulk loader. */
export async function loadThroughD1(db: D1Database, total: number, from: number, to: number) {
  for (const c of synthesize(total, from, to)) {
    await bulkInsertArticles(db, c.articles);
    await bulkInsertIncidents(db, c.incidents);
    await bulkInsertMentions(db, c.mentions);
  }
}
