/**
 * Queue consumer: each message on its own (ack or retry with exponential backoff). Each start of a
 * version is counted first (store/processing.ts): a version that keeps taking the runtime down — its
 * message redelivered without an ack or a retry — is marked failed once its budget is spent.
 */
import type { ArticleMessage, Env } from "../env";
import { markFailed, recordError } from "../store/articles";
import { countAttempt } from "../store/processing";
import { describe, failureOf, overBudget, processBudget } from "./failure";
import { ArticleMessageSchema } from "./message";
import { processArticle } from "./process-article";

export function retryDelaySeconds(attempts: number, baseSeconds: number): number {
  return Math.min(900, Math.round(baseSeconds * 2 ** Math.max(0, attempts - 1)));
}

async function consumeOne(message: Message<unknown>, env: Env, base: number): Promise<void> {
  const parsed = ArticleMessageSchema.safeParse(message.body);
  if (!parsed.success) {
    // Not a reference to any article: retrying cannot help. Logged, then acknowledged.
    console.error("queue: malformed message dropped", message.id, JSON.stringify(message.body)?.slice(0, 200));
    message.ack();
    return;
  }
  const ref: ArticleMessage = parsed.data;
  const starts = await countAttempt(env.DB, ref.articleId, ref.version);
  if (starts !== null && starts > processBudget(env)) {
    const marked = await markFailed(env.DB, ref.articleId, ref.version, overBudget(starts - 1), new Date().toISOString());
    console.error(`queue: article ${ref.articleId} v${ref.version}: over its budget after ${starts - 1} starts; ${marked ? "marked failed" : "left alone"}`);
    message.ack();
    return;
  }
  try {
    const outcome = await processArticle(env, ref, {
      onConflict: (attempt) => console.warn(`queue: article ${ref.articleId} v${ref.version}: merge conflict at attempt ${attempt}, re-planning`),
    });
    console.log(`queue: article ${ref.articleId} v${ref.version}: ${outcome}`);
    message.ack();
  } catch (err) {
    const failure = failureOf(err);
    // The exception itself goes to the log; the article shows the stable code and our short reason.
    console.error(`queue: article ${ref.articleId} v${ref.version} attempt ${message.attempts} failed (${failure.code}):`, err instanceof Error ? err.stack : err);
    await recordError(env.DB, ref.articleId, ref.version, `${describe(failure)} (attempt ${message.attempts})`).catch(() => {});
    message.retry({ delaySeconds: retryDelaySeconds(message.attempts, base) });
  }
}

export async function consumeArticles(batch: MessageBatch<unknown>, env: Env): Promise<void> {
  const base = Number(env.RETRY_BASE_SECONDS ?? "10");
  for (const message of batch.messages) await consumeOne(message, env, Number.isFinite(base) ? base : 10);
}
