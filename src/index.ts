/** Worker entry: HTTP (hono), queue consumers (articles + dead letters), cron (re-enqueue stuck articles). */
import type { Env } from "./env";
import { createApp } from "./http/app";
import { consumeArticles } from "./pipeline/consume";
import { consumeDeadLetters } from "./pipeline/dead-letter";
import { requeueStuck } from "./pipeline/requeue-stuck";
import { pollSources } from "./sources/poll";

const app = createApp();

/** Dead-letter queues are named `<queue>-dlq` (wrangler.toml). */
const isDeadLetterQueue = (name: string) => name.endsWith("-dlq");

export default {
  fetch: app.fetch,
  async queue(batch: MessageBatch<unknown>, env: Env, _ctx: ExecutionContext) {
    if (isDeadLetterQueue(batch.queue)) await consumeDeadLetters(batch, env);
    else await consumeArticles(batch, env);
  },
  async scheduled(controller: ScheduledController, env: Env, ctx: ExecutionContext) {
    ctx.waitUntil(
      requeueStuck(env).then((r) => {
        if (r.requeued || r.failed) console.log(`cron: re-enqueued ${r.requeued}, gave up on ${r.failed}`);
      }),
    );
    ctx.waitUntil(
      pollSources(env, new Date(controller.scheduledTime).toISOString()).then((r) => {
        if (r.polled) console.log(`cron: polled ${r.polled} sources, ${r.ingested} new articles, ${r.errors} errors`);
      }),
    );
  },
} satisfies ExportedHandler<Env>;
