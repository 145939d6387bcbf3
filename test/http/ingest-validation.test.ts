import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import worker from "../../src/index";
import { AUTH, BASE, get, KIM_EN, post, uniqueUrl } from "../helpers";

async function expectError(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toContain("application/json");
  const body = (await res.json()) as any;
  expect(body.error.code).toBe(code);
  expect(typeof body.error.message).toBe("string");
  return body.error as { code: string; message: string; details?: { path: string; message: string }[] };
}

describe("auth", () => {
  it("401 without a token", async () => {
    await expectError(await post("/api/articles", { url: uniqueUrl(), text: "x" }, { "content-type": "application/json" }), 401, "unauthorized");
  });
  it("401 with a wrong token (and a wrong scheme)", async () => {
    await expectError(await post("/api/articles", { url: uniqueUrl(), text: "x" }, { ...AUTH, authorization: "Bearer nope" }), 401, "unauthorized");
    await expectError(await post("/api/articles", { url: uniqueUrl(), text: "x" }, { ...AUTH, authorization: "Basic dGVzdC10b2tlbg==" }), 401, "unauthorized");
    await expectError(await post("/api/extract", { url: uniqueUrl(), text: "x" }, { ...AUTH, authorization: "Bearer test-token-x" }), 401, "unauthorized");
  });
  it("503 when no INGEST_TOKEN is configured: never runs open", async () => {
    const ctx = createExecutionContext();
    const req = new Request(`${BASE}/api/articles`, { method: "POST", headers: AUTH, body: JSON.stringify({ url: uniqueUrl(), text: "x" }) });
    const res = await worker.fetch(req, { ...env, INGEST_TOKEN: "" }, ctx);
    await waitOnExecutionContext(ctx);
    await expectError(res, 503, "ingest_disabled");
  });
});

describe("validation errors", () => {
  it("400 invalid_json on malformed JSON", async () => {
    await expectError(await post("/api/articles", "{ not json"), 400, "invalid_json");
    await expectError(await post("/api/articles", ""), 400, "invalid_json");
  });
  it("415 on a non-JSON content type", async () => {
    await expectError(await post("/api/articles", "url=x", { ...AUTH, "content-type": "application/x-www-form-urlencoded" }), 415, "unsupported_media_type");
    await expectError(await post("/api/articles", "hello", { authorization: AUTH.authorization, "content-type": "text/plain" }), 415, "unsupported_media_type");
  });
  it("413 on a body over 5 MB", async () => {
    const big = JSON.stringify({ url: uniqueUrl(), text: "a".repeat(5 * 1024 * 1024 + 10) });
    await expectError(await post("/api/articles", big), 413, "payload_too_large");
  });
  it("400 names the offending fields", async () => {
    const cases: [unknown, string[]][] = [
      [{ text: "x" }, ["url"]],
      [{ url: "ftp://example.com/a", text: "x" }, ["url"]],
      [{ url: "not a url", text: "x" }, ["url"]],
      [{ url: uniqueUrl(), text: "x", publishedAt: "yesterday" }, ["publishedAt"]],
      [{ url: uniqueUrl(), text: "x", publishedAt: "2023-13-45" }, ["publishedAt"]],
      [{ url: uniqueUrl(), text: "x", language: "french!" }, ["language"]],
      [{ url: uniqueUrl(), text: 42 }, ["text"]],
      [{ url: uniqueUrl(), text: "x", extra: 1 }, ["(body)"]],
      [[1, 2], ["(body)"]],
      [{ articles: [] }, ["articles"]],
      [{ articles: [{ url: uniqueUrl(), text: "x" }, { url: "bad", text: "x" }] }, ["articles.1.url"]],
    ];
    for (const [body, paths] of cases) {
      const err = await expectError(await post("/api/articles", body), 400, "invalid_request");
      const got = (err.details ?? []).map((d) => d.path);
      for (const p of paths) expect(got, JSON.stringify(body).slice(0, 80)).toContain(p);
      for (const p of paths) if (p !== "(body)") expect(err.message).toContain(p);
    }
  });
  it("400 on more than 100 articles in one request", async () => {
    const articles = Array.from({ length: 101 }, () => ({ url: uniqueUrl(), text: "x" }));
    const err = await expectError(await post("/api/articles", { articles }), 400, "invalid_request");
    expect(err.details?.[0].path).toBe("articles");
  });
  it("400 on invalid query parameters and cursors", async () => {
    await expectError(await get("/api/incidents?limit=501"), 400, "invalid_request");
    await expectError(await get("/api/incidents?limit=0"), 400, "invalid_request");
    await expectError(await get("/api/incidents?from=12/09/2023"), 400, "invalid_request");
    await expectError(await get("/api/incidents?kind=party"), 400, "invalid_request");
    await expectError(await get("/api/incidents?cursor=garbage"), 400, "invalid_request");
    await expectError(await get("/feed.xml?cursor=garbage"), 400, "invalid_request");
  });
  it("404 on unknown ids and routes", async () => {
    await expectError(await get("/api/articles/art_nope"), 404, "not_found");
    await expectError(await get("/api/incidents/inc_nope"), 404, "not_found");
    await expectError(await get("/nope"), 404, "not_found");
  });
});

describe("ingest answers", () => {
  it("202 for a new article, 200 with the same id for the same content", async () => {
    const url = uniqueUrl();
    const first = await post("/api/articles", { url, ...KIM_EN });
    expect(first.status).toBe(202);
    const a = (await first.json()) as any;
    expect(a).toMatchObject({ status: "queued", result: "created" });
    expect(a.id).toMatch(/^art_/);
    const again = await post("/api/articles", { url, ...KIM_EN });
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ id: a.id, result: "unchanged" });
  });
  it("accepts { articles: [...] } and reports each", async () => {
    const urls = [uniqueUrl("b"), uniqueUrl("b"), uniqueUrl("b")];
    const res = await post("/api/articles", { articles: urls.map((url) => ({ url, ...KIM_EN })) });
    expect(res.status).toBe(202);
    const body = (await res.json()) as any;
    expect(body.articles).toHaveLength(3);
    expect(body.articles.map((a: any) => a.url)).toEqual(urls);
    expect(new Set(body.articles.map((a: any) => a.id)).size).toBe(3);
    const again = await post("/api/articles", { articles: urls.map((url) => ({ url, ...KIM_EN })) });
    expect(again.status).toBe(200);
    expect(((await again.json()) as any).articles.every((a: any) => a.result === "unchanged")).toBe(true);
  });
  it("POST /api/extract returns what would be extracted, storing nothing", async () => {
    const url = uniqueUrl("x");
    const res = await post("/api/extract", { url, ...KIM_EN });
    expect(res.status).toBe(200);
    const r = (await res.json()) as any;
    expect(r.language).toBe("en");
    expect(r.publishedAt).toBeTruthy();
    expect(Array.isArray(r.incidents)).toBe(true);
    expect(r.incidents.length).toBeGreaterThan(0);
    const list = (await (await get(`/api/incidents?limit=500`)).json()) as any;
    expect(list.incidents.flatMap((i: any) => i.sources.map((s: any) => s.url))).not.toContain(url);
  });
  it("GET /openapi.json describes the API", async () => {
    const doc = (await (await get("/openapi.json")).json()) as any;
    expect(doc.openapi).toMatch(/^3\./);
    for (const p of ["/api/articles", "/api/articles/{id}", "/api/incidents", "/api/incidents/{id}", "/api/extract", "/feed.json", "/feed.xml", "/feed.atom", "/healthz"]) {
      expect(Object.keys(doc.paths)).toContain(p);
    }
  });
});
