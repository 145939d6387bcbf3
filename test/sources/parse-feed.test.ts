import { describe, expect, it } from "vitest";
import { parseFeed } from "../../src/sources/parse-feed";

const LONG = `<p>${"Vladimir Putin met Kim Jong-un in Vladivostok on 25 April 2019. ".repeat(10)}</p>`;

describe("parseFeed", () => {
  it("reads RSS 2.0 items: link, title, pubDate, content:encoded only when it is the full article", () => {
    const rss = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Outlet &amp; Co</title>
      <item><title>A</title><link>/a.html</link><pubDate>Thu, 25 Apr 2019 10:00:00 GMT</pubDate><content:encoded><![CDATA[${LONG}]]></content:encoded></item>
      <item><title>B</title><guid>https://outlet.example/b.html</guid><description>short summary</description></item>
      <item><title>no link</title></item></channel></rss>`;
    const feed = parseFeed(rss, "https://outlet.example/feed.xml");
    expect(feed.title).toBe("Outlet & Co");
    expect(feed.items).toEqual([
      { url: "https://outlet.example/a.html", title: "A", publishedAt: "2019-04-25T10:00:00.000Z", html: LONG },
      { url: "https://outlet.example/b.html", title: "B", publishedAt: undefined, html: undefined },
    ]);
  });

  it("reads Atom entries (alternate link, published/updated, content) and JSON Feed items", () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title type="text">Atom outlet</title>
      <entry><title>E</title><link rel="self" href="https://o.example/self"/><link rel="alternate" type="text/html" href="https://o.example/e"/>
      <updated>2019-04-26T08:00:00Z</updated><content type="html">${LONG.replace(/</g, "&lt;")}</content></entry></feed>`;
    const a = parseFeed(atom, "https://o.example/feed.atom");
    expect(a.title).toBe("Atom outlet");
    expect(a.items).toEqual([{ url: "https://o.example/e", title: "E", publishedAt: "2019-04-26T08:00:00.000Z", html: LONG }]);
    const json = JSON.stringify({ version: "https://jsonfeed.org/version/1.1", title: "J", items: [{ id: "1", url: "https://j.example/1", title: "One", date_published: "2019-04-27T00:00:00Z" }, { id: "2" }] });
    expect(parseFeed(json, "https://j.example/feed.json")).toEqual({ title: "J", items: [{ url: "https://j.example/1", title: "One", publishedAt: "2019-04-27T00:00:00.000Z", html: undefined }] });
  });

  it("refuses documents that are not feeds", () => {
    expect(() => parseFeed("<html><body>hi</body></html>", "https://x.example/")).toThrow(/neither RSS, Atom nor JSON Feed/);
    expect(() => parseFeed("{ not json", "https://x.example/")).toThrow(/invalid JSON Feed/);
    expect(() => parseFeed('{"items":[]}', "https://x.example/")).toThrow(/not a JSON Feed/);
  });
});
