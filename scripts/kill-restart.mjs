#!/usr/bin/env node
// Kill/restart check: post articles to `wrangler dev`, SIGKILL it while the queue is processing them,
// start it again on the same local state, let the queue and the cron finish, and check that nothing
// was lost or duplicated: every article done, each with the incidents a dry run (/api/extract) of the
// same input gives, every incident's sources distinct, and every article's mentions in exactly one
// incident. Usage: PORT=8802 node scripts/kill-restart.mjs   (prints one line per step, exits 1 on a failure)
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const port = Number(process.env.PORT ?? 8802);
const base = `http://127.0.0.1:${port}`;
const token = "kill-restart-token";
const state = mkdtempSync(path.join(os.tmpdir(), "kill-restart-"));
const wrangler = path.join(root, "node_modules", ".bin", "wrangler");
const env = { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: "false", WRANGLER_SEND_METRICS: "false" };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const log = (...a) => console.log(`[${new Date().toISOString().slice(11, 19)}]`, ...a);

function start() {
  const child = spawn(wrangler, ["dev", "--port", String(port), "--persist-to", state, "--test-scheduled", "--var", `INGEST_TOKEN:${token}`, "--var", "STUCK_AFTER_SECONDS:3", "--var", "RETRY_BASE_SECONDS:1"], {
    cwd: root, env, detached: true, stdio: ["ignore", "ignore", "ignore"],
  });
  return child;
}
async function ready() {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) return;
    } catch {}
    await sleep(500);
  }
  throw new Error("wrangler dev did not start");
}
const api = async (p, init) => {
  const r = await fetch(`${base}${p}`, init);
  const text = await r.text();
  let body = null;
  try {
    body = JSON.parse(text);
  } catch {
    body = { raw: text.slice(0, 300) };
  }
  return { status: r.status, body };
};
const post = (p, body) => api(p, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: JSON.stringify(body) });

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const articles = Array.from({ length: 24 }, (_, i) => ({
  url: `https://kill.example/a-${i}`,
  language: "en",
  publishedAt: "2023-09-13T08:00:00Z",
  source: `Wire ${i % 4}`,
  text:
    i % 6 === 5
      // Some long ones, so that the kill lands while articles are being processed.
      ? Array.from({ length: 1500 }, (_, k) => `Kim Jong-un arrived in Moscow on ${1 + (k % 28)} ${MONTHS[k % 12]} ${2000 + (k % 24)}.`).join(" ")
      : `North Korean leader Kim Jong-un arrived in Russia on ${1 + (i % 20)} September 2023. He met Vladimir Putin in Vladivostok on ${2 + (i % 20)} September 2023.`,
}));

let child;
const failures = [];
try {
  spawnSync(wrangler, ["d1", "migrations", "apply", "DB", "--local", "--persist-to", state], { cwd: root, env, stdio: "ignore" });
  child = start();
  await ready();
  log("wrangler dev ready on", base);
  const ids = [];
  for (let i = 0; i < articles.length; i += 8) {
    let r = await post("/api/articles", { articles: articles.slice(i, i + 8) });
    // wrangler dev may reload the worker once just after start ("restarted mid-request"): the post is idempotent.
    for (let k = 0; k < 5 && r.status === 503; k++) {
      await sleep(2000);
      r = await post("/api/articles", { articles: articles.slice(i, i + 8) });
    }
    if (!r.body?.articles) throw new Error(`ingest answered ${r.status}: ${JSON.stringify(r.body)?.slice(0, 300)}`);
    ids.push(...r.body.articles.map((a) => a.id));
  }
  log(`posted ${ids.length} articles`);
  await sleep(1500);
  const before = await Promise.all(ids.map((id) => api(`/api/articles/${id}`).then((r) => r.body.status)));
  const counts = (xs) => Object.entries(xs.reduce((m, s) => ({ ...m, [s]: (m[s] ?? 0) + 1 }), {})).map(([k, v]) => `${k} ${v}`).join(", ");
  log(`before the kill: ${counts(before)}`);
  process.kill(-child.pid, "SIGKILL");
  log("SIGKILL sent to wrangler dev (process group)");
  await sleep(1000);
  child = start();
  await ready();
  log("restarted on the same state");
  let statuses = [];
  for (let round = 0; round < 90; round++) {
    try {
      statuses = await Promise.all(ids.map((id) => api(`/api/articles/${id}`).then((r) => r.body.status)));
    } catch {
      await sleep(2000); // the restarted worker may reload once
      continue;
    }
    if (statuses.every((s) => s === "done" || s === "failed")) break;
    if (round % 3 === 2) await fetch(`${base}/cdn-cgi/handler/scheduled`).catch(() => {}); // the cron re-enqueues what the kill left in flight
    await sleep(2000);
  }
  log(`after the restart: ${counts(statuses)}`);
  if (!statuses.every((s) => s === "done")) failures.push(`not all done: ${counts(statuses)}`);

  // Nothing lost: each article has the incidents a dry run of its input gives.
  let mentions = 0;
  const byIncident = new Map();
  for (const [i, id] of ids.entries()) {
    const stored = (await api(`/api/articles/${id}`)).body;
    const dry = (await post("/api/extract", articles[i])).body;
    if (stored.incidents.length !== dry.incidents.length) failures.push(`${id}: ${stored.incidents.length} incidents stored, ${dry.incidents.length} extracted`);
    mentions += stored.incidents.length;
    for (const inc of stored.incidents) byIncident.set(inc.id, (byIncident.get(inc.id) ?? 0) + 1);
  }
  // Nothing duplicated: every incident lists each article once, and all sources add up to the mentions.
  let sources = 0;
  for (const [incId] of byIncident) {
    const inc = (await api(`/api/incidents/${encodeURIComponent(incId)}`)).body;
    const articleIds = inc.sources.map((s) => s.articleId);
    if (new Set(articleIds).size !== articleIds.length) failures.push(`${incId}: an article listed twice`);
    sources += inc.sources.length;
  }
  const distinctArticleIncident = [...byIncident.values()].length;
  log(`${ids.length} articles, ${mentions} mentions, ${byIncident.size} incidents, ${sources} incident sources`);
  if (sources > mentions) failures.push(`${sources} sources for ${mentions} mentions`);
  if (distinctArticleIncident === 0) failures.push("no incidents");
} catch (e) {
  failures.push(String(e));
} finally {
  if (child) {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {}
  }
  await sleep(500);
  rmSync(state, { recursive: true, force: true });
}
console.log(failures.length ? `FAIL: ${failures.join("; ")}` : "ok: nothing lost, nothing duplicated");
process.exit(failures.length ? 1 : 0);
