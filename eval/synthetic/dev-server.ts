/** Starts `wrangler dev` for the benchmarks (own process group, stopped as a group) and waits until it answers. */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import { root } from "./load";

const wrangler = path.join(root, "node_modules", ".bin", "wrangler");
export const devEnv = { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: "false", WRANGLER_SEND_METRICS: "false" };

/** Applies the migrations to a local D1 under `persist` and returns its SQLite file. */
export function migrateLocal(persist: string): string {
  const r = spawnSync(wrangler, ["d1", "migrations", "apply", "DB", "--local", "--persist-to", persist], { cwd: root, env: devEnv, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`migrations failed: ${r.stderr}`);
  const dir = path.join(persist, "v3", "d1", "miniflare-D1DatabaseObject");
  const file = readdirSync(dir).find((f) => f.endsWith(".sqlite") && f !== "metadata.sqlite");
  if (!file) throw new Error(`no local D1 file under ${dir}`);
  return path.join(dir, file);
}

export interface DevServer {
  url: string;
  stop(): Promise<void>;
}

export async function startDev(args: string[], port: number, cwd = root): Promise<DevServer> {
  // Its own inspector port (port + 5): wrangler's default (9229) may be taken by another server.
  const child: ChildProcess = spawn(wrangler, ["dev", "--port", String(port), "--ip", "127.0.0.1", "--inspector-port", String(port + 5), ...args], {
    cwd, env: devEnv, detached: true, stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout?.on("data", (d) => (log = (log + d).slice(-4000)));
  child.stderr?.on("data", (d) => (log = (log + d).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  const until = Date.now() + 90_000;
  for (;;) {
    try {
      const r = await fetch(`${url}/`);
      await r.arrayBuffer();
      break;
    } catch {
      if (Date.now() > until || child.exitCode !== null) throw new Error(`wrangler dev on ${port} did not start:\n${log}`);
      await new Promise((r) => setTimeout(r, 300));
    }
  }
  return {
    url,
    stop: async () => {
      if (child.pid && child.exitCode === null) {
        try {
          process.kill(-child.pid, "SIGTERM");
        } catch {
          /* already gone */
        }
        await new Promise((r) => setTimeout(r, 500));
      }
    },
  };
}
