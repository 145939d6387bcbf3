/**
 * `npm run seed`: posts the articles of seeds/manifest.json to a running Worker (BASE_URL, default
 * http://127.0.0.1:8787; token INGEST_TOKEN or .dev.vars) and waits until each one is processed,
 * printing one line per article.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const root = path.join(path.dirname(new URL(import.meta.url).pathname), "..");
const base = (process.env.BASE_URL || "http://127.0.0.1:8787").replace(/\/+$/, "");

function token(): string {
  if (process.env.INGEST_TOKEN) return process.env.INGEST_TOKEN;
  for (const f of [".dev.vars", ".dev.vars.example"]) {
    const p = path.join(root, f);
    if (!existsSync(p)) continue;
    const m = /^\s*INGEST_TOKEN\s*=\s*"?([^"\n]+)"?\s*$/m.exec(readFileSync(p, "utf8"));
    if (m) return m[1].trim();
  }
  throw new Error("no INGEST_TOKEN in the environment or .dev.vars");
}

const Manifest = z.array(
  z.object({
    file: z.string(),
    url: z.string(),
    title: z.string().optional(),
    source: z.string().optional(),
    publishedAt: z.string().optional(),
    language: z.string().optional(),
  }),
);

async function main() {
  const auth = token();
  const entries = Manifest.parse(JSON.parse(readFileSync(path.join(root, "seeds", "manifest.json"), "utf8")));
  const health = await fetch(`${base}/healthz`).catch((e) => {
    throw new Error(`${base} does not answer (is \`npm start\` running?): ${e.message}`);
  });
  if (!health.ok) throw new Error(`${base}/healthz answered ${health.status}`);

  const posted: { id: string; file: string; result: string }[] = [];
  for (const e of entries) {
    const body = {
      url: e.url,
      text: readFileSync(path.join(root, "seeds", e.file), "utf8"),
      ...(e.title ? { title: e.title } : {}),
      ...(e.source ? { source: e.source } : {}),
      ...(e.publishedAt ? { publishedAt: e.publishedAt } : {}),
      ...(e.language ? { language: e.language } : {}),
    };
    const res = await fetch(`${base}/api/articles`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${auth}` },
      body: JSON.stringify(body),
    });
    const json = (await res.json()) as any;
    if (res.status !== 200 && res.status !== 202) throw new Error(`${e.file}: ${res.status} ${JSON.stringify(json)}`);
    posted.push({ id: json.id, file: e.file, result: json.result });
  }

  let failed = 0;
  for (const p of posted) {
    const deadline = Date.now() + 120_000;
    let a: any;
    for (;;) {
      a = await (await fetch(`${base}/api/articles/${p.id}`)).json();
      if (a.status === "done" || a.status === "failed" || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    const merged = (a.incidents ?? []).filter((i: any) => i.id).length;
    const dates = [...new Set((a.incidents ?? []).map((i: any) => i.date.value))].slice(0, 6).join(", ");
    if (a.status !== "done") failed++;
    console.log(
      `${p.file}  ${p.id}  ${p.result.padEnd(9)} ${String(a.status).padEnd(10)} ${a.language ?? "?"}  published ${a.publishedAt?.slice(0, 10) ?? "?"} (${a.publishedAtSource ?? "?"})  ${merged} incidents${dates ? `: ${dates}` : ""}${a.error ? `  error: ${a.error}` : ""}`,
    );
  }
  const feed = (await (await fetch(`${base}/feed.json?limit=500`)).json()) as any;
  const multi = feed.items.filter((i: any) => i._incident.sources.length > 1).length;
  console.log(`feed: ${feed.items.length} merged incidents (${multi} with several sources) — subscribe to ${base}/feed.xml`);
  if (failed) process.exit(1);
}

main().catch((e) => {
  console.error(`seed: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
