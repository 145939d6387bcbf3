import { describe, expect, it } from "vitest";
import { jsonSchemas } from "../../src/model/json-schemas";

const committed = import.meta.glob("../../schemas/*.schema.json", { eager: true, import: "default" }) as Record<string, unknown>;

describe("schemas/", () => {
  it("matches the zod schemas (run `npm run schemas` when this fails)", () => {
    const generated = jsonSchemas();
    const files = Object.keys(committed).map((p) => p.split("/").pop()!).sort();
    expect(files).toEqual(Object.keys(generated).sort());
    for (const [file, schema] of Object.entries(generated)) {
      expect(committed[`../../schemas/${file}`], `schemas/${file} is stale`).toEqual(JSON.parse(JSON.stringify(schema)));
    }
  });

  it("the article input schema requires url only (without text or html the page is fetched)", () => {
    const s = jsonSchemas()["article-input.schema.json"] as any;
    const def = s.$defs?.ArticleInput ?? s;
    expect(def.required).toEqual(["url"]);
    expect(def.anyOf).toBeUndefined();
    expect(def.additionalProperties).toBe(false);
  });
});
