import { z } from "@hono/zod-openapi";
import { FeedIncidentExtensionSchema } from "./incident";

/** A JSON Feed 1.1 item: one merged incident. */
export const JsonFeedItemSchema = z
  .object({
    id: z.string().meta({ description: "urn:news-timeline:incident:<id>, stable across updates" }),
    url: z.string().meta({ description: "The incident's HTML page" }),
    title: z.string(),
    content_text: z.string(),
    content_html: z.string(),
    date_published: z.string().meta({ description: "When the incident was first seen" }),
    date_modified: z.string().meta({ description: "Its last change (a new source, a reprocessed article)" }),
    tags: z.array(z.string()),
    language: z.string().optional(),
    _incident: FeedIncidentExtensionSchema,
  })
  .meta({ id: "JsonFeedItem", title: "JsonFeedItem" });

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). */
export const JsonFeedSchema = z
  .object({
    version: z.literal("https://jsonfeed.org/version/1.1"),
    title: z.string(),
    home_page_url: z.string(),
    feed_url: z.string(),
    description: z.string(),
    next_url: z.string().optional().meta({ description: "The next page, when there is one" }),
    items: z.array(JsonFeedItemSchema),
  })
  .meta({ id: "JsonFeed", title: "JsonFeed" });

export type JsonFeed = z.infer<typeof JsonFeedSchema>;
export type JsonFeedItem = z.infer<typeof JsonFeedItemSchema>;

/** An XML document (RSS 2.0 or Atom 1.0). */
export const XmlFeedSchema = z.string().meta({ description: "XML document" });
