/** One stored article version → its mention records (pure: extraction only, no store access). */
import { extractArticle } from "../extract";
import type { ArticleInput } from "../extract/types";
import { mentionId } from "../merge";
import type { MentionRecord } from "../merge/types";
import type { ArticleRow } from "../store/articles";
import type { ArticleOutcome } from "../store/merge";

export interface FreshMention {
  record: MentionRecord;
  sentenceIndex: number;
}

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

/** Extracts the article and names its mentions (deterministic ids; the first of a duplicate key wins). */
export function articleMentions(article: ArticleRow): { fresh: FreshMention[]; outcome: ArticleOutcome } {
  const extraction = extractArticle(articleInputOf(article), { receivedAt: article.received_at });
  const fresh = new Map<string, FreshMention>();
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
        principal: inc.principal,
        predicate: inc.predicate,
        attribution: inc.attribution,
        places: inc.places,
        publishedAt: extraction.publishedAt,
      },
    });
  }
  return {
    fresh: [...fresh.values()],
    outcome: {
      language: extraction.language,
      title: extraction.title,
      publishedAt: extraction.publishedAt,
      publishedAtSource: extraction.publishedAtSource,
      warnings: extraction.warnings,
    },
  };
}
