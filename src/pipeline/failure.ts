/**
 * Why processing failed, as the article shows it: a stable code and a short reason of our own words
 * ("code: reason"), never an exception's text or stack (those go to the log only).
 */
import { FetchError } from "../fetch/page";
import { MergeConflictError } from "../store/merge";
import { NotVisibleYetError } from "./process-article";

/** Every code an article's `error` may start with (README: "Poison messages"). */
export type FailureCode =
  | "not_visible" | "fetch_failed" | "merge_conflict" | "storage_error" | "runtime_limit" | "processing_error" // one attempt
  | "over_budget" | "stuck" | "gave_up"; // final: the article is failed

export interface Failure {
  code: FailureCode;
  reason: string;
}

export function failureOf(err: unknown): Failure {
  if (err instanceof NotVisibleYetError) return { code: "not_visible", reason: err.message };
  // Ingest by URL: the page could not be used; the message is ours (status, type, size, redirects, time-out).
  if (err instanceof FetchError) return { code: "fetch_failed", reason: err.message };
  if (err instanceof MergeConflictError) return { code: "merge_conflict", reason: "other articles were merged concurrently during every attempt" };
  const message = err instanceof Error ? err.message : String(err);
  if (/\bD1_|SQLITE|database/i.test(message)) return { code: "storage_error", reason: "the database failed or refused a statement" };
  if (err instanceof RangeError) return { code: "runtime_limit", reason: "the article exceeded a runtime limit (stack, string or array size)" };
  return { code: "processing_error", reason: "extracting or merging the article raised an unexpected error" };
}

export const describe = (f: Pick<Failure, "code" | "reason">) => `${f.code}: ${f.reason}`;

/** Processing starts allowed per article version before it is marked failed (a crash loop ends there). */
export function processBudget(env: { MAX_PROCESS_ATTEMPTS?: string }): number {
  const n = Number(env.MAX_PROCESS_ATTEMPTS ?? "6");
  return Number.isFinite(n) && n >= 1 ? Math.floor(n) : 6;
}

export const overBudget = (starts: number) =>
  describe({ code: "over_budget", reason: `processing started ${starts} times without finishing (the runtime crashed or ran out of time each time)` });
