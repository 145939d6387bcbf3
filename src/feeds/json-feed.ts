/**
 * JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/), written by hand: the `feed` package emits
 * version 1.0 only. One item per merged incident, with an `_incident` extension object.
 */
import type { JsonFeed } from "../model/feed";
import { incidentHtml, incidentText, itemTitle } from "./incident-view";
import { incidentGuid, incidentUrl, type FeedContext, type FeedPage } from "./load";

export function jsonFeed(page: FeedPage, ctx: FeedContext): JsonFeed {
  return {
    version: "https://jsonfeed.org/version/1.1",
    title: ctx.title,
    home_page_url: ctx.homeUrl,
    feed_url: ctx.selfUrl,
    description: "Dated incidents extracted from news articles, merged across sources.",
    ...(ctx.nextUrl ? { next_url: ctx.nextUrl } : {}),
    items: page.incidents.map((i) => ({
      id: incidentGuid(i.id),
      url: incidentUrl(ctx, i.id),
      title: itemTitle(i),
      content_text: incidentText(i),
      content_html: incidentHtml(i),
      date_published: i.firstSeenAt,
      date_modified: i.updatedAt,
      tags: [i.kind, ...i.places, ...i.actors],
      ...(i.languages.length === 1 ? { language: i.languages[0] } : {}),
      _incident: {
        about: `${ctx.baseUrl}/schemas/feed-incident-extension.schema.json`,
        date: i.date,
        kind: i.kind,
        status: i.status,
        actors: i.actors,
        places: i.places,
        sources: i.sources,
      },
    })),
  };
}
