/** Queue consumer: each message on its own (ack or retry with exponential backoff). */
import type { ArticleMessage, Env } from "../env";
import { recordError } from "../store/articles";
import { ArticleMessageSchema } from "./message";
import { processArticle } from "./process-article";

export function retryDelaySeconds(attempts: number, baseSeconds: number): number {
  return Math.min(900, Math.round(baseSeconds * 2 ** Math.max(0, attempts - 1)));
}

export async function consumeArticles(batch: MessageBatch<unknown>, env: Env): Promise<void> {
  const base = Number(env.RETRY_BASE_SECONDS ?? "10");
  for (const message of batch.messages) {
    const parsed = ArticleMessageSchema.safeParse(message.body);
    if (!parsed.success) {
      // Not a reference to any article: retrying cannot help. Logged, then acknowledged.
      console.error("queue: malformed message dropped", message.id, JSON.stringify(message.body)?.slice(0, 200));
      message.ack();
      continue;
    }
    const ref: ArticleMessage = parsed.data;
    try {
      const outcome = await processArticle(env, ref, {
        onConflict: (attempt) => console.warn(`queue: article ${ref.articleId} v${ref.version}: merge conflict at attempt ${attempt}, re-planning`),
      });
      console.log(`queue: article ${ref.articleId} v${ref.version}: ${outcome}`);
      message.ack();
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      console.error(`queue: article ${ref.articleId} v${ref.version} attempt ${message.attempts} failed: ${reason}`);
      await recordError(env.DB, ref.articleId, ref.version, `attempt ${message.attempts}: ${reason}`).catch(() => {});
      message.retry({ delaySeconds: retryDelaySeconds(message.attempts, Number.isFinite(base) ? base : 10) });
    }
  }
}
