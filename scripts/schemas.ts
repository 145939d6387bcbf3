/** `npm run schemas`: writes schemas/*.schema.json from the zod schemas in src/model (test/schemas checks they are fresh). */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { jsonSchemas, render } from "../src/model/json-schemas";

const dir = path.join(path.dirname(new URL(import.meta.url).pathname), "..", "schemas");
mkdirSync(dir, { recursive: true });
const docs = jsonSchemas();
for (const f of readdirSync(dir)) if (f.endsWith(".schema.json") && !(f in docs)) rmSync(path.join(dir, f));
for (const [file, schema] of Object.entries(docs)) {
  writeFileSync(path.join(dir, file), render(schema));
  console.log(`schemas/${file}`);
}
