/**
 * recheck's verdicts on patterns, and their committed cache (test/static/regex-verdicts.json). The
 * cache is keyed by a SHA-256 of the exact pattern source and flags (patternKey) and records the
 * recheck version that gave each verdict: a new or changed pattern has no entry and is checked live;
 * a cache written by another recheck version is ignored. `npm run check:regex` refreshes it.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { check } from "recheck";
import { checkedFlags, patternKey, root, type Pattern } from "./patterns";

// recheck's native binary (registry package recheck-linux-x64 …) through its agent: fast, and no
// fall-back to its worker/Scala.js back end.
process.env.RECHECK_BACKEND = "native";

export type Verdict = "safe" | "polynomial" | "exponential" | "unknown";
export interface CacheEntry {
  verdict: Verdict;
  /** The pattern's beginning, for a reader of the file (the key is the hash of the whole). */
  pattern: string;
}
export interface VerdictCache {
  recheck: string;
  timeoutMs: number;
  verdicts: Record<string, CacheEntry>;
}

export const CACHE_FILE = path.join(root, "test", "static", "regex-verdicts.json");
export const CHECK_TIMEOUT_MS = 5_000;
/** recheck's agent checks several patterns at once. */
const IN_FLIGHT = 8;

export const recheckVersion = (): string =>
  JSON.parse(readFileSync(path.join(root, "node_modules", "recheck", "package.json"), "utf8")).version;

export const cacheKey = (p: { source: string; flags: string }): string =>
  createHash("sha256").update(patternKey(p)).digest("hex").slice(0, 32);

/** The committed cache, or an empty one when it is missing or from another recheck version. */
export function loadCache(): VerdictCache {
  const empty: VerdictCache = { recheck: recheckVersion(), timeoutMs: CHECK_TIMEOUT_MS, verdicts: {} };
  if (!existsSync(CACHE_FILE)) return empty;
  const cache = JSON.parse(readFileSync(CACHE_FILE, "utf8")) as VerdictCache;
  return cache.recheck === empty.recheck ? cache : empty;
}

export function saveCache(cache: VerdictCache): void {
  const verdicts = Object.fromEntries(Object.entries(cache.verdicts).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(CACHE_FILE, `${JSON.stringify({ ...cache, verdicts }, null, 1)}\n`);
}

export interface Checked {
  pattern: Pattern;
  verdict: Verdict;
  attack?: string;
}

/** recheck on one pattern now. */
export async function liveVerdict(p: Pattern, timeoutMs = CHECK_TIMEOUT_MS): Promise<Checked> {
  const r = await check(p.source, checkedFlags(p.flags), { timeout: timeoutMs });
  const verdict: Verdict = r.status === "vulnerable" ? r.complexity.type : r.status;
  return { pattern: p, verdict, attack: r.status === "vulnerable" ? JSON.stringify(r.attack.pattern).slice(0, 60) : undefined };
}

/** recheck on each pattern, IN_FLIGHT at a time; `onResult` sees each verdict as it comes. */
export async function liveVerdicts(patterns: Pattern[], onResult?: (c: Checked, done: number) => void): Promise<Checked[]> {
  const out: Checked[] = [];
  for (let i = 0; i < patterns.length; i += IN_FLIGHT) {
    const results = await Promise.all(patterns.slice(i, i + IN_FLIGHT).map((p) => liveVerdict(p)));
    for (const r of results) {
      out.push(r);
      onResult?.(r, out.length);
    }
  }
  return out;
}

export const cacheEntry = (c: Checked): CacheEntry => ({ verdict: c.verdict, pattern: c.pattern.source.slice(0, 80) });
