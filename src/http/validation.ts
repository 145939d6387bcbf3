/** What a failed request validation (query, path, body) answers: 400 with the offending fields. */
import type { z } from "@hono/zod-openapi";
import { invalid } from "./errors";

const WHAT: Record<string, string> = { query: "query parameters", param: "path parameters", json: "body", header: "headers" };

type HookResult = { target: string } & ({ success: true } | { success: false; error: unknown });

/** The app's default hook: throws, so app.onError renders the JSON error with its details. */
export function rejectInvalid(result: HookResult): undefined {
  if (!result.success) throw invalid(result.error as z.ZodError, WHAT[result.target] ?? result.target);
  return undefined;
}

/** A route hook naming what was invalid ("invalid article: url, text"). */
export const rejectInvalidAs = (what: string) => (result: HookResult): undefined => {
  if (!result.success) throw invalid(result.error as z.ZodError, what);
  return undefined;
};
