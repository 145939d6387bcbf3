/**
 * HTML → title + article body text with linkedom + @mozilla/readability (both pure JS; run in workerd).
 * Navigation, scripts, ads and comment sections are dropped before/by Readability.
 */
import { parseHTML } from "linkedom";
import { Readability } from "@mozilla/readability";

const DROP_SELECTORS = [
  "script", "style", "noscript", "iframe", "nav", "header", "footer", "aside", "form", "svg",
  "[role=navigation]", "[role=banner]", "[role=contentinfo]", "[role=complementary]",
];

/** Class/id tokens of page furniture (whole tokens or token prefixes, so "thread-content" survives). */
const JUNK_TOKEN = /^(?:ad|ads|adv|advert\w*|ad[-_]\w+|ads[-_]\w+|pub|publicite|comments?(?:[-_]\w+)?|commentaires?(?:[-_]\w+)?|share\w*|sharing\w*|social\w*|newsletter\w*|related\w*|cookie\w*|promo\w*|sponsor\w*|outbrain\w*|taboola\w*|breadcrumbs?|menu\w*|sidebar\w*)$/i;

function isJunk(el: any): boolean {
  const tokens = `${el.getAttribute?.("class") ?? ""} ${el.getAttribute?.("id") ?? ""}`.split(/\s+/).filter(Boolean);
  return tokens.some((t: string) => JUNK_TOKEN.test(t));
}

const BLOCK = new Set([
  "P", "DIV", "LI", "H1", "H2", "H3", "H4", "H5", "H6", "BLOCKQUOTE", "SECTION", "ARTICLE", "TR", "BR", "FIGCAPTION", "UL", "OL", "TABLE", "PRE",
]);

/** Text of a node with paragraph breaks between block elements. */
function blockText(node: any): string {
  let out = "";
  const walk = (n: any) => {
    if (n.nodeType === 3) {
      out += n.textContent;
      return;
    }
    if (n.nodeType !== 1 && n.nodeType !== 9 && n.nodeType !== 11) return;
    const tag = (n.tagName || "").toUpperCase();
    if (tag === "SCRIPT" || tag === "STYLE") return;
    const block = BLOCK.has(tag);
    if (block) out += "\n\n";
    for (const c of n.childNodes) walk(c);
    if (block) out += "\n\n";
  };
  walk(node);
  return out
    .replace(/[ \t\u00a0]+/g, " ")
    .replace(/ *\n */g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

export interface HtmlExtraction {
  title: string | null;
  text: string;
  /** Publication date found in metadata (meta article:published_time, <time datetime>), if any. */
  metaPublishedAt: string | null;
}

function metaDate(document: any): string | null {
  const sel = [
    'meta[property="article:published_time"]', 'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]', 'meta[name="date"]', 'meta[name="pubdate"]', 'meta[name="DC.date.issued"]',
  ];
  for (const s of sel) {
    const v = document.querySelector(s)?.getAttribute("content");
    if (v && /^\d{4}-\d{2}-\d{2}/.test(v)) return v;
  }
  const t = document.querySelector("article time[datetime], time[pubdate], time[datetime]")?.getAttribute("datetime");
  if (t && /^\d{4}-\d{2}-\d{2}/.test(t)) return t;
  return null;
}

export function htmlToText(html: string): HtmlExtraction {
  const { document } = parseHTML(html);
  const metaPublishedAt = metaDate(document);
  const ogTitle = document.querySelector('meta[property="og:title"]')?.getAttribute("content") ?? null;
  const h1 = document.querySelector("h1")?.textContent?.trim() || null;
  for (const s of DROP_SELECTORS) {
    for (const el of [...document.querySelectorAll(s)]) {
      // Keep the <header> of an article (it holds the headline) but drop page headers.
      if (s === "header" && el.closest?.("article")) continue;
      el.remove();
    }
  }
  for (const el of [...document.querySelectorAll("[class],[id]")]) {
    if (el.tagName === "BODY" || el.tagName === "HTML" || el.tagName === "ARTICLE" || el.tagName === "MAIN") continue;
    if (isJunk(el)) el.remove();
  }
  let title: string | null = null;
  let text = "";
  try {
    const art = new Readability(document as any, { charThreshold: 200 }).parse();
    if (art?.content) {
      const { document: d2 } = parseHTML(`<!doctype html><html><body>${art.content}</body></html>`);
      text = blockText(d2.body);
      title = art.title?.trim() || null;
    }
  } catch {
    /* fall back below */
  }
  if (text.length < 200) {
    const body = document.querySelector("article") ?? document.querySelector("main") ?? document.body;
    if (body) text = blockText(body);
  }
  title = h1 || ogTitle || title || document.querySelector("title")?.textContent?.trim() || null;
  return { title, text, metaPublishedAt };
}
