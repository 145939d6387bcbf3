import { z } from "zod";

/** Queue message: a reference to a stored article version (bodies never travel through the queue). */
export const ArticleMessageSchema = z.object({
  articleId: z.string().min(1).max(100),
  version: z.number().int().positive(),
});
