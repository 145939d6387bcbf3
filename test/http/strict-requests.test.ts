/** Unknown query parameters → 400 naming the allowed ones; known paths with another method → 405 with Allow. */
import { describe, expect, it } from "vitest";
import { get, post } from "../helpers";
import { SELF } from "cloudflare:test";

describe("unknown query parameters", () => {
  it("a feed with an unknown parameter: 400 listing the allowed ones", async () => {
    const res = await get("/feed.xml?kind=travel&colour=red");
    expect(res.status).toBe(400);
    const body = (await res.json()) as any;
    expect(body.error.code).toBe("invalid_request");
    expect(body.error.message).toContain("colour");
    expect(body.error.message).toContain("allowed: from, to, q, kind");
    expect(body.error.details).toEqual([{ path: "colour", message: expect.stringContaining("allowed: from") }]);
  });
  it("an operation without query parameters refuses any", async () => {
    const res = await get("/api/articles/art_x?debug=1");
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).error.message).toContain("takes no query parameters");
    expect((await get("/healthz?x")).status).toBe(400);
  });
  it("declared parameters pass", async () => {
    expect((await get("/api/incidents?kind=travel&limit=5&sort=updated")).status).toBe(200);
  });
  it("the OpenAPI document declares the 400 on every operation", async () => {
    const doc = (await (await get("/openapi.json")).json()) as any;
    for (const [path, item] of Object.entries<any>(doc.paths)) for (const [m, op] of Object.entries<any>(item)) expect(op.responses["400"], `${m} ${path}`).toBeTruthy();
  });
});

describe("405 on known paths", () => {
  for (const [method, path, allow] of [
    ["DELETE", "/api/articles", "POST"],
    ["PUT", "/api/articles/art_x", "GET, HEAD"],
    ["GET", "/api/articles/art_x/retry", "POST"],
    ["POST", "/feed.xml", "GET, HEAD"],
    ["PATCH", "/api/incidents/inc_x", "GET, HEAD"],
    ["GET", "/api/extract", "POST"],
  ] as const) {
    it(`${method} ${path} → 405, Allow: ${allow}`, async () => {
      const res = await SELF.fetch(`http://timeline.test${path}`, { method, ...(method === "GET" ? {} : { body: "{}" }) });
      expect(res.status).toBe(405);
      expect(res.headers.get("allow")).toBe(allow);
      const body = (await res.json()) as any;
      expect(body.error.code).toBe("method_not_allowed");
    });
  }
  it("unknown paths stay 404", async () => {
    expect((await post("/api/nothing", {})).status).toBe(404);
  });
});
