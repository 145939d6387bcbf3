/** Read side of one article: its row and its mentions with the merged incident each belongs to. */
import { getArticle, type ArticleRow } from "./articles";
import type { MentionRow } from "./mentions";

export async function getArticleWithMentions(
  db: D1Database,
  id: string,
): Promise<{ article: ArticleRow; mentions: MentionRow[] } | null> {
  const article = await getArticle(db, id);
  if (!article) return null;
  const r = await db
    .prepare("SELECT * FROM mentions WHERE article_id = ?1 ORDER BY sentence_index, id")
    .bind(id)
    .all<MentionRow>();
  return { article, mentions: r.results };
}
