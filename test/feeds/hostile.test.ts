/**
 * Hostile text through the real Worker (ingest → queue → D1 → feeds): every feed stays well-formed
 * XML for a strict parser, and nothing executable comes out of the HTML carried inside them.
 */
import { parseHTML } from "linkedom";
import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import { incidentHtml } from "../../src/feeds/incident-view";
import type { Incident } from "../../src/model/incident";
import { escapeHtml, hasNonXmlChars, safeHref, withoutUserinfo, xmlSafeText } from "../../src/text/xml-safe";
import { get, getJson, ingest, uniqueUrl, waitForArticle } from "../helpers";

/** Every C0 control, DEL, U+FFFE, U+FFFF, lone high and low surrogates, a reversed pair. */
const CONTROLS = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join("") + "\u007f\ufffe\uffff\ud800x\udc00y\udfff\ud83d";
const PAYLOADS = [
  "<script>alert(1)</script>",
  '<img src=x onerror="alert(2)">',
  '<a href="javascript:alert(3)">click</a>',
  "<svg onload=alert(4)>",
  "]]><script>alert(5)</script><![CDATA[",
  "]]> ]]> <iframe src=javascript:alert(6)>",
  "&lt;script&gt;alert(7)&lt;/script&gt;",
];

const hostileArticle = (i: number) => ({
  url: `https://attacker:secret@news.example/hostile-${i}-${Date.now().toString(36)}`,
  title: `Kim ${PAYLOADS[i % PAYLOADS.length]} visits${CONTROLS}`,
  source: `Evil ${PAYLOADS[(i + 1) % PAYLOADS.length]}${CONTROLS.slice(0, 9)}`,
  language: "en",
  publishedAt: "2023-09-13T08:00:00Z",
  text:
    `North Korean leader Kim Jong-un arrived in Russia on ${10 + i} September 2023 ${PAYLOADS.join(" ")}${CONTROLS} aboard his train. ` +
    `He met Vladimir Putin${CONTROLS} in Vladivostok on ${11 + i} September 2023 ${PAYLOADS[i % PAYLOADS.length]}.`,
});

/** Strict XML 1.0 parse (saxes rejects forbidden characters, bad entities, unbalanced tags): every text node. */
function strictXmlTexts(xml: string): { name: string; type: string; text: string }[] {
  const parser = new SaxesParser({ xmlns: true });
  const errors: string[] = [];
  const texts: { name: string; type: string; text: string }[] = [];
  const stack: { name: string; type: string }[] = [];
  const top = () => stack[stack.length - 1] ?? { name: "", type: "" };
  parser.on("error", (e) => errors.push(e.message));
  parser.on("opentag", (t) => stack.push({ name: t.name, type: String((t.attributes.type as { value?: string } | undefined)?.value ?? "") }));
  parser.on("closetag", () => stack.pop());
  parser.on("text", (t) => texts.push({ ...top(), text: t }));
  parser.on("cdata", (t) => texts.push({ ...top(), text: t }));
  parser.write(xml).close();
  expect(errors, errors.join("\n")).toEqual([]);
  return texts;
}

/** What a reader rendering the HTML would execute: script-like elements, on* handlers, non-http(s) links. */
function executables(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const found: string[] = [];
  for (const el of [...document.querySelectorAll("*")] as any[]) {
    const tag = String(el.tagName).toLowerCase();
    if (["script", "iframe", "object", "embed", "svg", "img", "style", "link", "meta", "base", "form"].includes(tag)) found.push(`<${tag}>`);
    for (const attr of [...el.attributes] as { name: string; value: string }[]) {
      if (/^on/i.test(attr.name)) found.push(`${tag}@${attr.name}`);
      if (["href", "src", "action", "formaction", "xlink:href"].includes(attr.name.toLowerCase()) && !/^https?:\/\//i.test(attr.value.trim())) {
        found.push(`${tag}@${attr.name}=${attr.value}`);
      }
    }
  }
  return found;
}

describe("xml-safe helpers", () => {
  it("removes every character XML 1.0 forbids and keeps the rest, pairs of surrogates included", () => {
    expect(xmlSafeText(`a${CONTROLS}b`)).toBe("a\t\n\r\u007fxyb");
    expect(xmlSafeText("emoji \ud83d\ude00 ok")).toBe("emoji \ud83d\ude00 ok");
    expect(hasNonXmlChars(xmlSafeText(CONTROLS))).toBe(false);
    expect(hasNonXmlChars("\u0001")).toBe(true);
  });
  it("escapes markup, keeps only http(s) links, drops credentials", () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&`)).toBe("&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;");
    expect(safeHref("javascript:alert(1)")).toBeNull();
    expect(safeHref(" data:text/html,<script>")).toBeNull();
    expect(safeHref("https://ok.example/a")).toBe("https://ok.example/a");
    expect(withoutUserinfo("https://u:p@host.example/x?y")).toBe("https://host.example/x?y");
  });
  it("an incident's HTML links a javascript: source as text", () => {
    const incident = {
      id: "inc_x", title: "t", kind: "other", status: "reported", date: { value: "2023", start: "2023-01-01", end: "2023-12-31", granularity: "year" },
      actors: [], places: [], languages: [], firstSeenAt: "", updatedAt: "",
      sources: [{ articleId: "a", url: "javascript:alert(1)", title: null, source: "<b>S</b>", publishedAt: null, language: null, quote: "<script>", dateText: "", status: "reported" }],
    } as unknown as Incident;
    const html = incidentHtml(incident);
    expect(executables(html)).toEqual([]);
    expect(html).not.toContain("javascript:");
  });
});

describe("hostile text through ingest and the feeds", () => {
  it("stores clean text, strips credentials, and serves well-formed feeds with nothing executable", async () => {
    const ids: string[] = [];
    for (let i = 0; i < PAYLOADS.length; i++) ids.push((await ingest(hostileArticle(i))).id);
    for (const id of ids) {
      const a = await waitForArticle(id);
      expect(a.status).toBe("done");
      expect(a.url).not.toContain("secret");
      expect(a.url).not.toContain("@");
      expect(a.incidents.length).toBeGreaterThan(0);
      expect(hasNonXmlChars(JSON.stringify(a))).toBe(false);
      for (const inc of a.incidents) expect(hasNonXmlChars(inc.quote)).toBe(false);
    }
    // The hostile text does reach the feeds (as text): the quotes carry the payloads.
    const feedJson = await getJson("/feed.json?limit=500");
    const ours = feedJson.items.filter((it: any) => it._incident.sources.some((s: any) => ids.includes(s.articleId)));
    expect(ours.length).toBeGreaterThan(0);
    expect(JSON.stringify(ours)).toContain("<script>alert(1)</script>");
    for (const item of ours) expect(executables(item.content_html)).toEqual([]);

    for (const path of ["/feed.xml?limit=500", "/feed.atom?limit=500"]) {
      const res = await get(path);
      expect(res.status).toBe(200);
      const xml = await res.text();
      expect(hasNonXmlChars(xml)).toBe(false);
      expect(xml).not.toContain("secret@");
      const texts = strictXmlTexts(xml);
      // What a reader renders as HTML: RSS titles and descriptions, Atom text constructs of type html.
      // (Atom type="text" is shown as text whatever it holds.)
      const htmlish = texts.filter((t) =>
        path.startsWith("/feed.xml") ? ["title", "description", "content:encoded"].includes(t.name) : ["title", "summary", "content"].includes(t.name) && t.type !== "text",
      );
      expect(htmlish.some((t) => t.text.includes("alert(1)"))).toBe(true);
      for (const t of htmlish) expect(executables(t.text), `${path} <${t.name}>: ${t.text.slice(0, 200)}`).toEqual([]);
      // Outside CDATA/text, the document holds no element the payloads could have opened.
      const names = new Set<string>();
      const p = new SaxesParser({ xmlns: true });
      p.on("opentag", (tag) => names.add(tag.local.toLowerCase()));
      p.write(xml).close();
      for (const bad of ["script", "img", "svg", "iframe", "a"]) expect(names.has(bad), `${path} has <${bad}>`).toBe(false);
    }
  });
});
