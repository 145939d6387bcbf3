import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import worker from "../../src/index";
import { BASE, get } from "../helpers";

const METHODS = ["get", "post", "put", "patch", "delete"];

async function doc(): Promise<any> {
  const res = await get("/openapi.json");
  expect(res.status).toBe(200);
  return res.json();
}

function operations(d: any): { path: string; method: string; op: any }[] {
  return Object.entries(d.paths).flatMap(([path, item]: [string, any]) =>
    METHODS.filter((m) => item[m]).map((method) => ({ path, method, op: item[method] })),
  );
}

describe("/openapi.json comes from the route declarations", () => {
  it("every operation has a unique operationId, a description and an explicit security requirement", async () => {
    const ops = operations(await doc());
    expect(ops.length).toBeGreaterThanOrEqual(10);
    const ids = ops.map((o) => o.op.operationId);
    expect(ids.every((id) => typeof id === "string" && id.length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { path, method, op } of ops) {
      expect(op.description, `${method} ${path}`).toBeTruthy();
      expect(Array.isArray(op.security), `${method} ${path} security`).toBe(true);
    }
  });

  it("writes require the bearer token, reads are public", async () => {
    const d = await doc();
    expect(d.components.securitySchemes.bearerAuth).toEqual({ type: "http", scheme: "bearer" });
    for (const { path, method, op } of operations(d)) {
      if (method === "post") expect(op.security, `${method} ${path}`).toEqual([{ bearerAuth: [] }]);
      else expect(op.security, `${method} ${path}`).toEqual([]);
    }
  });

  it("declares the feeds with their own media types and /healthz with its 503", async () => {
    const d = await doc();
    expect(Object.keys(d.paths["/feed.json"].get.responses[200].content)).toEqual(["application/feed+json"]);
    expect(Object.keys(d.paths["/feed.xml"].get.responses[200].content)).toEqual(["application/rss+xml"]);
    expect(Object.keys(d.paths["/feed.atom"].get.responses[200].content)).toEqual(["application/atom+xml"]);
    expect(d.paths["/feed.json"].get.responses[304]).toBeTruthy();
    expect(d.paths["/healthz"].get.responses[503]).toBeTruthy();
    const params = d.paths["/api/incidents"].get.parameters.map((p: any) => `${p.in}:${p.name}`);
    for (const p of ["from", "to", "q", "kind", "place", "actor", "lang", "limit", "cursor"]) expect(params).toContain(`query:${p}`);
  });

  it("every route the app serves is documented, and every documented path is served", async () => {
    const d = await doc();
    for (const { path } of operations(d).filter((o) => o.method === "get")) {
      // A documented GET route answers something other than the app's "no route" 404.
      const body = await (await get(path.replace(/\{[^}]+\}/g, "zz_unknown"))).text();
      expect(body, path).not.toContain("no route for");
    }
  });

  it("routes without parameters refuse unknown ones (the documented 400)", async () => {
    for (const path of ["/healthz?verbose=1", "/api/sources?x=1"]) {
      const res = await get(path);
      expect(res.status, path).toBe(400);
      expect(((await res.json()) as any).error.code).toBe("invalid_request");
    }
  });

  it("servers[0] is PUBLIC_BASE_URL when configured, else the request's origin", async () => {
    expect((await doc()).servers[0].url).toBe(BASE);
    const ctx = createExecutionContext();
    const res = await worker.fetch(new Request(`${BASE}/openapi.json`), { ...env, PUBLIC_BASE_URL: "https://timeline.example.org/" }, ctx);
    await waitOnExecutionContext(ctx);
    expect(((await res.json()) as any).servers[0].url).toBe("https://timeline.example.org");
  });
});
