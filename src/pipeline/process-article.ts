/**
 * One article version through the pure core and into D1: extract → mentions → candidates (date
 * index) → planMerge → one atomic batch. Safe to run twice for the same version.
 */
import type { Env } from "../env";
import { extractArticle } from "../extract";
import type { ArticleInput } from "../extract/types";
import { mentionId, planMerge } from "../merge";
import type { MentionRecord } from "../merge/types";
import { getArticle, markProcessing, type ArticleRow } from "../store/articles";
import { applyMerge } from "../store/merge";
import { loadArticleMentions, loadCandidates } from "../store/mentions";

export type ProcessOutcome = "done" | "stale" | "already-done";

export class NotVisibleYetError extends Error {}

export function articleInputOf(a: ArticleRow): ArticleInput {
  return {
    url: a.url,
    title: a.title ?? undefined,
    text: a.text_input ?? undefined,
    html: a.html_input ?? undefined,
    publishedAt: a.published_at_input ?? undefined,
    language: a.language_input ?? undefined,
    source: a.source ?? undefined,
  };
}

export async function processArticle(
  env: Pick<Env, "DB">,
  ref: { articleId: string; version: number },
  opts: { now?: string; force?: boolean } = {},
): Promise<ProcessOutcome> {
  const db = env.DB;
  const article = await getArticle(db, ref.articleId);
  if (!article) throw new NotVisibleYetError(`article ${ref.articleId} not found`);
  if (article.version < ref.version) {
    throw new NotVisibleYetError(`article ${ref.articleId} version ${ref.version} not visible yet (stored: ${article.version})`);
  }
  if (article.version > ref.version) return "stale"; // a newer version has its own message
  if (!opts.force && article.status === "done" && (article.processed_version ?? 0) >= ref.version) return "already-done";

  const now = opts.now ?? new Date().toISOString();
  await markProcessing(db, article.id, article.version, now);

  const extraction = extractArticle(articleInputOf(article), { receivedAt: article.received_at });
  const fresh = new Map<string, { record: MentionRecord; sentenceIndex: number }>();
  for (const inc of extraction.incidents) {
    const id = mentionId(article.id, inc.key);
    if (fresh.has(id)) continue;
    fresh.set(id, {
      sentenceIndex: inc.sentenceIndex,
      record: {
        id,
        articleId: article.id,
        language: extraction.language,
        kind: inc.kind,
        status: inc.status,
        title: inc.title,
        quote: inc.quote,
        trigger: inc.trigger,
        date: inc.date,
        actors: inc.actors,
        places: inc.places,
        publishedAt: extraction.publishedAt,
      },
    });
  }
  const freshList = [...fresh.values()];
  const previous = await loadArticleMentions(db, article.id);
  const spans = [...freshList.map((f) => f.record.date), ...previous.map((p) => p.record.date)];
  const previousIncidents = previous.map((p) => p.incidentId).filter((x): x is string => !!x);
  const candidates = await loadCandidates(db, spans, article.id, previousIncidents);
  const plan = planMerge([...candidates.map((c) => c.record), ...freshList.map((f) => f.record)]);
  await applyMerge(db, {
    articleId: article.id,
    version: article.version,
    now,
    outcome: {
      language: extraction.language,
      title: extraction.title,
      publishedAt: extraction.publishedAt,
      publishedAtSource: extraction.publishedAtSource,
    },
    fresh: freshList,
    previous,
    candidates,
    plan,
  });
  return "done";
}
