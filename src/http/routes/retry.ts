/** POST /api/articles/:id/retry — an operator retries a failed or stuck article (authenticated). */
import { createRoute } from "@hono/zod-openapi";
import { RetryResultSchema } from "../../model/article-input";
import { stuckBefore } from "../../pipeline/requeue-stuck";
import { markEnqueued } from "../../store/articles";
import { resetForRetry } from "../../store/processing";
import type { App } from "../app-type";
import { requireIngestToken } from "../auth";
import { BEARER, errorResponse, IdParamSchema, jsonResponse } from "../docs";
import { ApiError } from "../errors";

const retry = createRoute({
  method: "post",
  path: "/api/articles/{id}/retry",
  operationId: "retryArticle",
  tags: ["articles"],
  summary: "Retry a failed or stuck article",
  description:
    "A failed article, or one queued/processing for longer than STUCK_AFTER_SECONDS, goes back to the queue with a fresh " +
    "processing budget (its error cleared). A done article, or one in progress and not stuck, answers 409.",
  security: BEARER,
  middleware: [requireIngestToken] as const,
  request: { params: IdParamSchema },
  responses: {
    202: jsonResponse(RetryResultSchema, "Queued again"),
    401: errorResponse("Missing or wrong bearer token"),
    404: errorResponse("Unknown id"),
    409: errorResponse("The article is done, or in progress and not stuck yet"),
    503: errorResponse("INGEST_TOKEN not configured: writes are disabled"),
  },
});

export function retryRoutes(app: App) {
  app.openapi(retry, async (c) => {
    const { id } = c.req.valid("param");
    const now = new Date();
    const r = await resetForRetry(c.env.DB, id, stuckBefore(c.env, now), now.toISOString());
    if (!r.retried) {
      if (r.status === null) throw new ApiError(404, "not_found", `no article with id ${id}`);
      const why = r.status === "done" ? "it is done" : `it is ${r.status} since ${r.statusAt}, not stuck yet`;
      throw new ApiError(409, "conflict", `article ${id} cannot be retried: ${why}; only failed or stuck articles can`, [{ path: "status", message: r.status }]);
    }
    // Stored first (outbox): if the send fails, the cron re-enqueues it.
    try {
      await c.env.ARTICLE_QUEUE.send({ articleId: r.id, version: r.version });
      await markEnqueued(c.env.DB, [r], now.toISOString());
    } catch (err) {
      console.error("retry: queue send failed; the cron will re-enqueue", err instanceof Error ? err.message : err);
    }
    return c.json({ id: r.id, url: r.url, version: r.version, status: "queued" as const }, 202);
  });
}
