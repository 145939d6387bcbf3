/**
 * `npm run openapi`: writes the document the app serves at /openapi.json to .tmp/openapi.json (the app
 * itself answers the request, in Node), for `npm run lint:openapi` (redocly, recommended rules).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createApp } from "../src/http/app";

const out = path.join(path.dirname(new URL(import.meta.url).pathname), "..", ".tmp", "openapi.json");
const base = process.env.PUBLIC_BASE_URL || "https://timeline.example.org";
const res = await createApp().request("/openapi.json", {}, { PUBLIC_BASE_URL: base } as never);
if (res.status !== 200) throw new Error(`/openapi.json answered ${res.status}: ${await res.text()}`);
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(await res.json(), null, 2)}\n`);
console.log(`openapi: wrote ${path.relative(process.cwd(), out)}`);
