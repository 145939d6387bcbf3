#!/usr/bin/env node
// Runs the test suites and prints the closing line `N passed, N failed` that CI reads:
//   1. vitest inside workerd (@cloudflare/vitest-pool-workers, vitest.config.ts): everything under test/ but test/browser;
//   2. vitest in Node (vitest.browser.config.ts): Debian's chromium through puppeteer-core against `wrangler dev`.
// Extra arguments go to both vitest runs (e.g. a file filter).
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const outDir = path.join(root, ".tmp");
mkdirSync(outDir, { recursive: true });
const env = { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: "false", WRANGLER_SEND_METRICS: "false" };
const vitest = path.join(root, "node_modules", ".bin", "vitest");

/** One vitest run with a JSON report: its counts, and whether it exited cleanly. */
function runSuite(name, config) {
  const report = path.join(outDir, `vitest-report-${name}.json`);
  rmSync(report, { force: true });
  const run = spawnSync(
    vitest,
    ["run", "--config", config, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, "--passWithNoTests", ...process.argv.slice(2)],
    { cwd: root, env, stdio: "inherit" },
  );
  const counts = { passed: 0, failed: 0, skipped: 0 };
  try {
    const r = JSON.parse(readFileSync(report, "utf8"));
    counts.passed = r.numPassedTests ?? 0;
    counts.failed = (r.numFailedTests ?? 0) + (r.testResults ?? []).filter((f) => f.status === "failed" && (f.assertionResults ?? []).length === 0).length;
    counts.skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  } catch {
    counts.failed = 1;
    console.error(`${name}: no vitest report was written; counting the run as failed`);
  }
  if ((run.status ?? 1) !== 0 && counts.failed === 0) counts.failed = 1;
  console.log(`suite ${name}: ${counts.passed} passed, ${counts.failed} failed`);
  return counts;
}

const suites = [runSuite("workerd", "vitest.config.ts"), runSuite("browser", "vitest.browser.config.ts")];
const total = suites.reduce((a, s) => ({ passed: a.passed + s.passed, failed: a.failed + s.failed, skipped: a.skipped + s.skipped }), { passed: 0, failed: 0, skipped: 0 });
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}`);
process.exit(total.failed === 0 && total.passed > 0 ? 0 : 1);
