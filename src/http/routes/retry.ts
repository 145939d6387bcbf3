/** POST /api/articles/:id/retry — an operator retries a failed or stuck article (authenticated). */
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Env } from "../../env";
import { stuckBefore } from "../../pipeline/requeue-stuck";
import { markEnqueued } from "../../store/articles";
import { resetForRetry } from "../../store/processing";
import { requireIngestToken } from "../auth";
import { ApiError } from "../errors";

export function retryRoutes(app: OpenAPIHono<{ Bindings: Env }>) {
  app.post("/api/articles/:id/retry", requireIngestToken, async (c) => {
    const id = c.req.param("id");
    const now = new Date();
    const r = await resetForRetry(c.env.DB, id, stuckBefore(c.env, now), now.toISOString());
    if (!r.retried) {
      if (r.status === null) throw new ApiError(404, "not_found", `no article with id ${id}`);
      const why = r.status === "done" ? "it is done" : `it is ${r.status} since ${r.statusAt}, not stuck yet`;
      throw new ApiError(409, "conflict", `article ${id} cannot be retried: ${why}; only failed or stuck articles can`, [{ path: "status", message: r.status }]);
    }
    // Stored first (outbox): if the send fails the cron re-enqueues it.
    try {
      await c.env.ARTICLE_QUEUE.send({ articleId: r.id, version: r.version });
      await markEnqueued(c.env.DB, [r], now.toISOString());
    } catch (err) {
      console.error("retry: queue send failed; the cron will re-enqueue", err instanceof Error ? err.message : err);
    }
    return c.json({ id: r.id, url: r.url, version: r.version, status: "queued" as const }, 202);
  });
}
