/**
 * The table of declared operations (from the routes' createRoute declarations, as registered for the
 * OpenAPI document): which methods a path answers and which query parameters an operation takes. It
 * serves two rules of the API: an unknown query parameter is a 400 that lists the allowed ones, and a
 * known path asked with another method is a 405 with `Allow`.
 */
import type { MiddlewareHandler } from "hono";
import type { App } from "./app-type";
import { ApiError } from "./errors";

interface Operation {
  method: string;
  pattern: RegExp;
  query: string[];
}

/** "/api/articles/{id}/retry" → /^\/api\/articles\/[^/]+\/retry$/ */
function patternOf(path: string): RegExp {
  const parts = path.split(/\{[^}/]+\}/).map((s) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"));
  return new RegExp(`^${parts.join("[^/]+")}$`);
}

/** Names of the parameters of a zod object schema (through optional/default/refinement wrappers). */
function keysOf(schema: unknown): string[] {
  const def = (schema as { def?: { shape?: Record<string, unknown>; in?: unknown; innerType?: unknown; schema?: unknown } } | undefined)?.def;
  if (!def) return [];
  if (def.shape) return Object.keys(def.shape);
  return keysOf(def.in ?? def.innerType ?? def.schema);
}

export function routeTable(app: App): Operation[] {
  const ops: Operation[] = [];
  for (const d of app.openAPIRegistry.definitions) {
    if (d.type !== "route") continue;
    ops.push({ method: d.route.method.toUpperCase(), pattern: patternOf(d.route.path), query: keysOf(d.route.request?.query) });
  }
  return ops;
}

/** Methods a path answers (GET implies HEAD), or [] for an unknown path. */
export function allowedMethods(ops: Operation[], pathname: string): string[] {
  const methods = new Set<string>();
  for (const op of ops) if (op.pattern.test(pathname)) methods.add(op.method);
  if (methods.has("GET")) methods.add("HEAD");
  return [...methods].sort();
}

/** 400 for a query parameter the operation does not declare, naming the allowed ones. */
export function strictQuery(app: App, extra: Record<string, string[]> = {}): MiddlewareHandler {
  let ops: Operation[] | null = null;
  return async (c, next) => {
    ops ??= routeTable(app);
    const url = new URL(c.req.url);
    const method = c.req.method === "HEAD" ? "GET" : c.req.method;
    const op = ops.find((o) => o.method === method && o.pattern.test(url.pathname));
    const allowed = op ? op.query : extra[url.pathname];
    if (allowed) {
      const unknown = [...new Set(url.searchParams.keys())].filter((k) => !allowed.includes(k));
      if (unknown.length) {
        const list = allowed.length ? `allowed: ${allowed.join(", ")}` : "this operation takes no query parameters";
        throw new ApiError(400, "invalid_request", `unknown query parameter${unknown.length > 1 ? "s" : ""} ${unknown.join(", ")}; ${list}`, unknown.map((k) => ({ path: k, message: `unknown query parameter; ${list}` })));
      }
    }
    await next();
  };
}

/**
 * Every operation may answer 400 for an unknown query parameter: declared on each one that does not
 * declare a 400 yet (call after the routes are registered, before the document is generated).
 */
export function declareQueryErrors(app: App, response: { description: string; content: Record<string, unknown> }): void {
  for (const d of app.openAPIRegistry.definitions) {
    if (d.type !== "route") continue;
    const responses = d.route.responses as Record<string, unknown>;
    if (!responses["400"]) responses["400"] = response;
  }
}
