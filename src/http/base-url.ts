import type { Context } from "hono";
import type { Env } from "../env";

/** Origin links are built on: PUBLIC_BASE_URL when configured, else the request's own origin. */
export function baseUrlOf(c: Context<{ Bindings: Env }>): string {
  const configured = (c.env.PUBLIC_BASE_URL ?? "").trim().replace(/\/+$/, "");
  return configured || new URL(c.req.url).origin;
}
