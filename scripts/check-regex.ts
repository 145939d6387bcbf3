/**
 * `npm run check:regex [-- --all]`: recheck (native checker, through its agent) on every regular
 * expression of src/ (literals and patterns built at run time, scripts/regex/patterns.ts) that has no
 * verdict in the committed cache test/static/regex-verdicts.json (--all: on every one), writes the
 * verdicts there (dropping those of patterns that no longer exist), and prints each pattern that is
 * not safe with its complexity and an attack string. Exit code 1 when one is exponential. The test
 * test/static/regex-safety.test.ts reads the cache and checks the missing patterns live.
 */
import { allPatterns } from "./regex/patterns";
import { cacheEntry, cacheKey, liveVerdicts, loadCache, saveCache, type CacheEntry } from "./regex/verdicts";

const everything = process.argv.includes("--all");
const { all } = await allPatterns();
const cache = loadCache();
const kept: Record<string, CacheEntry> = {};
const todo = [];
for (const p of all.values()) {
  const key = cacheKey(p);
  if (!everything && cache.verdicts[key]) kept[key] = cache.verdicts[key];
  else todo.push(p);
}
console.log(`${all.size} patterns; ${Object.keys(kept).length} with a cached verdict; checking ${todo.length}`);
const t0 = performance.now();
await liveVerdicts(todo, (c, done) => {
  kept[cacheKey(c.pattern)] = cacheEntry(c);
  if (c.verdict !== "safe") console.log(`${c.verdict.padEnd(11)} ${c.pattern.where} /${c.pattern.source.slice(0, 100)}/${c.pattern.flags}${c.attack ? `  attack: ${c.attack}` : ""}`);
  if (done % 50 === 0) {
    saveCache({ ...cache, verdicts: { ...cache.verdicts, ...kept } }); // progress survives an interruption
    console.log(`… ${done}/${todo.length} in ${Math.round((performance.now() - t0) / 1000)} s`);
  }
});
saveCache({ ...cache, verdicts: kept });
const counts: Record<string, number> = {};
for (const e of Object.values(kept)) counts[e.verdict] = (counts[e.verdict] ?? 0) + 1;
console.log(`${Object.keys(kept).length} patterns: ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(", ")}; checked ${todo.length} in ${Math.round((performance.now() - t0) / 1000)} s`);
process.exit(counts.exponential ? 1 : 0);
