/** Dead-letter consumer: a message that exhausted its retries marks its article `failed` with the reason. */
import type { Env } from "../env";
import { getArticle, markFailed } from "../store/articles";
import { ArticleMessageSchema } from "./message";

export async function consumeDeadLetters(batch: MessageBatch<unknown>, env: Env): Promise<void> {
  for (const message of batch.messages) {
    const parsed = ArticleMessageSchema.safeParse(message.body);
    if (!parsed.success) {
      console.error("dlq: malformed message", message.id);
      message.ack();
      continue;
    }
    const { articleId, version } = parsed.data;
    try {
      const article = await getArticle(env.DB, articleId);
      if (!article) {
        console.error(`dlq: article ${articleId} does not exist; nothing to mark`);
        message.ack();
        continue;
      }
      const reason = `gave_up: processing gave up after the queue's retries (last: ${article.error ?? "no error recorded"})`;
      const marked = await markFailed(env.DB, articleId, version, reason, new Date().toISOString());
      console.error(`dlq: article ${articleId} v${version} ${marked ? "marked failed" : "left alone (newer or done)"}`);
      message.ack();
    } catch (err) {
      console.error(`dlq: ${articleId}: ${err instanceof Error ? err.message : String(err)}`);
      message.retry();
    }
  }
}
