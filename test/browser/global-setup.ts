/**
 * Browser tests' global setup (Node): a real `wrangler dev` on its own port and its own local state,
 * migrations applied, the seed articles loaded with `scripts/seed.ts`; the base URL is provided to the tests.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";

const root = path.resolve(import.meta.dirname, "../..");
const port = process.env.BROWSER_TEST_PORT || "8811";
const base = `http://127.0.0.1:${port}`;
const state = path.join(root, ".tmp", "browser-state");
const token = "browser-test-token";
const env = { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: "false", WRANGLER_SEND_METRICS: "false" };
const wrangler = path.join(root, "node_modules", ".bin", "wrangler");

let dev: ChildProcess | null = null;

async function waitForHealth(timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (dev?.exitCode !== null) throw new Error(`wrangler dev exited with ${dev?.exitCode}`);
    const ok = await fetch(`${base}/healthz`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`wrangler dev did not answer on ${base} within ${timeoutMs} ms`);
}

export async function setup(project: TestProject) {
  rmSync(state, { recursive: true, force: true });
  const migrate = spawnSync(wrangler, ["d1", "migrations", "apply", "DB", "--local", "--persist-to", state], { cwd: root, env, encoding: "utf8" });
  if (migrate.status !== 0) throw new Error(`migrations failed: ${migrate.stderr}`);
  dev = spawn(wrangler, ["dev", "--port", port, "--ip", "127.0.0.1", "--persist-to", state, "--var", `INGEST_TOKEN:${token}`, "--show-interactive-dev-session=false"], {
    cwd: root,
    env,
    stdio: ["ignore", "ignore", "inherit"],
    detached: true, // its own process group: teardown stops wrangler and workerd together
  });
  await waitForHealth(60_000);
  const seed = spawnSync(path.join(root, "node_modules", ".bin", "tsx"), ["scripts/seed.ts"], {
    cwd: root,
    env: { ...env, BASE_URL: base, INGEST_TOKEN: token },
    encoding: "utf8",
    timeout: 120_000,
  });
  if (seed.status !== 0) throw new Error(`seed failed: ${seed.stdout}\n${seed.stderr}`);
  project.provide("baseUrl", base);
}

export async function teardown() {
  if (dev?.pid && dev.exitCode === null) {
    process.kill(-dev.pid, "SIGTERM");
    await new Promise((r) => setTimeout(r, 500));
  }
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
