/** Worker entry: HTTP (hono), queue consumers (articles + dead letters), cron (re-enqueue stuck articles). */
import type { Env } from "./env";
import { createApp } from "./http/app";
import { consumeArticles } from "./pipeline/consume";
import { consumeDeadLetters } from "./pipeline/dead-letter";
import { requeueStuck } from "./pipeline/requeue-stuck";

const app = createApp();

const DLQ_NAME = "news-timeline-articles-dlq";

export default {
  fetch: app.fetch,
  async queue(batch: MessageBatch<unknown>, env: Env, _ctx: ExecutionContext) {
    if (batch.queue === DLQ_NAME || batch.queue.endsWith("-dlq")) await consumeDeadLetters(batch, env);
    else await consumeArticles(batch, env);
  },
  async scheduled(_controller: ScheduledController, env: Env, ctx: ExecutionContext) {
    ctx.waitUntil(
      requeueStuck(env).then((r) => {
        if (r.requeued || r.failed) console.log(`cron: re-enqueued ${r.requeued}, gave up on ${r.failed}`);
      }),
    );
  },
} satisfies ExportedHandler<Env>;
