#!/usr/bin/env node
// `npm start`: creates .dev.vars from .dev.vars.example when missing, applies the local D1
// migrations, then runs `wrangler dev` on $PORT (default 8787). Ctrl-C stops wrangler and workerd.
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync } from "node:fs";
import path from "node:path";

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const wrangler = path.join(root, "node_modules", ".bin", "wrangler");
const env = { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: "false", WRANGLER_SEND_METRICS: "false" };
const port = process.env.PORT || "8787";

const devVars = path.join(root, ".dev.vars");
if (!existsSync(devVars)) {
  copyFileSync(path.join(root, ".dev.vars.example"), devVars);
  console.log("start: created .dev.vars from .dev.vars.example (INGEST_TOKEN=dev-token)");
}

const migrate = spawnSync(wrangler, ["d1", "migrations", "apply", "DB", "--local"], { cwd: root, env, stdio: "inherit" });
if (migrate.status !== 0) {
  console.error("start: applying the local D1 migrations failed");
  process.exit(migrate.status ?? 1);
}

const args = ["dev", "--port", port, "--ip", process.env.HOST || "127.0.0.1", ...process.argv.slice(2)];
console.log(`start: wrangler ${args.join(" ")}`);
const child = spawn(wrangler, args, { cwd: root, env, stdio: "inherit" });
for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(sig, () => child.kill(sig));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
