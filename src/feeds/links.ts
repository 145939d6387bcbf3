/** The paging links of an XML feed page (RFC 5005): self, the feed's alternates, first, and next when there is one. */
import type { FeedContext } from "./load";
import { attrs, type XmlNode } from "./xml";

export function pageLinks(ctx: FeedContext, type: string, alternates: XmlNode[] = []): XmlNode[] {
  const link = (rel: string, href: string) => attrs({ rel, type, href });
  return [link("self", ctx.selfUrl), ...alternates, link("first", ctx.firstUrl), ...(ctx.nextUrl ? [link("next", ctx.nextUrl)] : [])];
}
