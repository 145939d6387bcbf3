#!/usr/bin/env node
// Kill/restart check: post articles to `wrangler dev`, SIGKILL it while the queue is processing them,
// start it again on the same local state, let the queue and the cron finish, and check that nothing
// was lost or duplicated: every article done, each with the incidents a dry run (/api/extract) of the
// same input gives, every incident's sources distinct, and every article's mentions in exactly one
// incident. Then a poison article: one that the runtime dies processing every time (SIGKILL while it is
// `processing`, again and again) must end `failed` (over_budget) after MAX_PROCESS_ATTEMPTS starts and stay
// so through later cron runs, never in a crash loop, the other articles untouched.
// Usage: PORT=8802 node scripts/kill-restart.mjs   (prints one line per step, exits 1 on a failure)
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const port = Number(process.env.PORT ?? 8802);
const base = `http://127.0.0.1:${port}`;
const token = "kill-restart-token";
const state = mkdtempSync(path.join(os.tmpdir(), "kill-restart-"));
const wrangler = path.join(root, "node_modules", ".bin", "wrangler");
const env = { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: "false", WRANGLER_SEND_METRICS: "false" };
/** Processing starts allowed per article version (the first phase starts an article at most twice). */
const budget = 3;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const log = (...a) => console.log(`[${new Date().toISOString().slice(11, 19)}]`, ...a);

function start() {
  const child = spawn(wrangler, ["dev", "--port", String(port), "--persist-to", state, "--test-scheduled", "--var", `INGEST_TOKEN:${token}`, "--var", "STUCK_AFTER_SECONDS:3", "--var", "RETRY_BASE_SECONDS:1", "--var", `MAX_PROCESS_ATTEMPTS:${budget}`], {
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

/** Status of one article, or null while the worker does not answer (blocked or restarting). */
async function statusOf(id) {
  try {
    return (await api(`/api/articles/${id}`)).body;
  } catch {
    return null;
  }
}

/** Status and processing starts of the article's version, read from the local D1 file (Debian's sqlite3 CLI). */
function inStore(id) {
  const dir = path.join(state, "v3", "d1", "miniflare-D1DatabaseObject");
  const file = readdirSync(dir).find((f) => f.endsWith(".sqlite") && f !== "metadata.sqlite");
  const sql = `SELECT status, CASE WHEN attempts_version = version THEN attempts ELSE 0 END FROM articles WHERE id = '${id.replace(/'/g, "")}'`;
  const r = spawnSync("sqlite3", ["-readonly", path.join(dir, file), sql], { encoding: "utf8" });
  const [status, starts] = r.stdout.trim().split("|");
  return { status, starts: Number(starts || 0) };
}

async function killAndRestart() {
  process.kill(-child.pid, "SIGKILL");
  await sleep(1000);
  child = start();
  await ready();
}

/** A heavy article killed while `processing` until it fails; then checked to stay failed. */
async function poisonPhase(ids, mentionsBefore) {
  const poison = {
    url: "https://kill.example/poison",
    language: "en",
    publishedAt: "2023-09-13T08:00:00Z",
    text: Array.from({ length: 4000 }, (_, k) => `Kim Jong-un met Vladimir Putin in Moscow on ${1 + (k % 28)} ${MONTHS[k % 12]} ${2000 + (k % 24)}, `).join(""),
  };
  const r = await post("/api/articles", poison);
  if (!r.body?.id) throw new Error(`poison ingest answered ${r.status}`);
  const id = r.body.id;
  log(`poison article ${id} posted (${poison.text.length} characters)`);
  let kills = 0;
  let seen = 0; // processing starts of the poison article already killed
  // Watched in the D1 file, not over HTTP: the isolate answers nothing while it extracts.
  for (let round = 0; round < 2400 && kills < budget + 2; round++) {
    const { status, starts } = inStore(id);
    if (status === "failed" || status === "done") break;
    // A new start (the consumer claimed it again): the runtime dies while it is processing.
    if (status === "processing" && starts > seen) {
      await killAndRestart();
      kills++;
      seen = starts;
      log(`SIGKILL ${kills} during processing start ${starts} of the poison article; restarted`);
      await fetch(`${base}/cdn-cgi/handler/scheduled`).catch(() => {});
      continue;
    }
    if (round % 40 === 39) await fetch(`${base}/cdn-cgi/handler/scheduled`).catch(() => {}); // the cron re-enqueues it
    await sleep(100);
  }
  let last = await statusOf(id);
  // After the last kill the queue's redelivery or the cron must end it (no more kills from here).
  for (let round = 0; round < 60 && last?.status !== "failed" && last?.status !== "done"; round++) {
    await fetch(`${base}/cdn-cgi/handler/scheduled`).catch(() => {});
    await sleep(2000);
    last = await statusOf(id);
  }
  log(`poison article after ${kills} kills: ${last?.status} (${last?.error ?? "no error"}), ${inStore(id).starts} starts recorded`);
  if (last?.status === "done") failures.push(`the poison article finished between kills (${kills} kills): the check did not reach its budget`);
  else if (last?.status !== "failed" || !String(last?.error).startsWith("over_budget")) failures.push(`poison article ${last?.status} (${last?.error}), expected failed over_budget`);
  // Several cron runs later it is still failed (not re-enqueued into a crash loop), the others intact.
  for (let k = 0; k < 3; k++) {
    await fetch(`${base}/cdn-cgi/handler/scheduled`).catch(() => {});
    await sleep(4000);
  }
  const after = await statusOf(id);
  log(`poison article after 3 more cron runs: ${after?.status}`);
  if (last?.status === "failed" && after?.status !== "failed") failures.push(`poison article went from failed to ${after?.status}`);
  const others = await Promise.all(ids.map((x) => statusOf(x)));
  const mentions = others.reduce((n, a) => n + (a?.incidents?.length ?? 0), 0);
  log(`other articles: ${others.filter((a) => a?.status === "done").length}/${ids.length} done, ${mentions} mentions (${mentionsBefore} before)`);
  if (mentions !== mentionsBefore || others.some((a) => a?.status !== "done")) failures.push("the poison phase changed the other articles");
}
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
  await poisonPhase(ids, mentions);
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
