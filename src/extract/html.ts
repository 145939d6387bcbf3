/**
 * HTML → title + article body text with linkedom + @mozilla/readability (both pure JS; run in workerd).
 * Navigation, scripts, ads and comment sections are dropped before/by Readability.
 */
import { parseHTML } from "linkedom";
import { Readability } from "@mozilla/readability";
import { LIMITS, truncateText, warning, type Warning } from "./limits";

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

/** Text of a node with paragraph breaks between block elements (iterative: any nesting depth). */
function blockText(node: any): string {
  const parts: string[] = [];
  // Work list of nodes to visit and of closing markers (null = the end of a block element).
  const todo: any[] = [node];
  while (todo.length) {
    const n = todo.pop();
    if (n === null) {
      parts.push("\n\n");
      continue;
    }
    if (n.nodeType === 3) {
      parts.push(n.textContent);
      continue;
    }
    if (n.nodeType !== 1 && n.nodeType !== 9 && n.nodeType !== 11) continue;
    const tag = (n.tagName || "").toUpperCase();
    if (tag === "SCRIPT" || tag === "STYLE") continue;
    if (BLOCK.has(tag)) {
      parts.push("\n\n");
      todo.push(null);
    }
    const children = [...n.childNodes];
    for (let i = children.length - 1; i >= 0; i--) todo.push(children[i]);
  }
  return parts
    .join("")
    .replace(/[ \t\u00a0]+/g, " ")
    .replace(/ *\n */g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Deepest element nesting and number of elements (one iterative pass). */
function shapeOf(root: any): { depth: number; elements: number } {
  let depth = 0;
  let elements = 0;
  const todo: [any, number][] = [[root, 1]];
  while (todo.length) {
    const [n, d] = todo.pop()!;
    elements++;
    if (d > depth) depth = d;
    for (let c = n.firstElementChild; c; c = c.nextElementSibling) todo.push([c, d + 1]);
  }
  return { depth, elements };
}

/** Elements without content (never pushed on the parser's stack). */
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]);
/** A start or end tag, up to its ">" (never past the next "<": linear over any input). */
const TAG = /<(\/?)([A-Za-z][^\s\/<>]*)[^<>]*>/g;

/** Elements whose content is never article text (dropped before the size limit applies). */
const UNREAD = ["script", "style", "svg", "noscript", "template"];

/**
 * The HTML without its comments and the content of scripts, styles, SVG, <noscript> and <template>:
 * on real pages these are most of the bytes (inline scripts and JSON run to hundreds of kilobytes),
 * so the HTML limit applies to what can hold text. One pass with indexOf (linear: an element left
 * open ends the page, as the HTML parser reads it).
 */
export function stripUnread(html: string): string {
  const lower = html.toLowerCase();
  const parts: string[] = [];
  let at = 0; // start of the text not copied yet
  let from = 0;
  for (let lt = lower.indexOf("<", from); lt >= 0; lt = lower.indexOf("<", from)) {
    const close = unreadClose(lower, lt);
    if (!close) {
      from = lt + 1;
      continue;
    }
    parts.push(html.slice(at, lt), " ");
    const end = lower.indexOf(close, lt + 4);
    const gt = end < 0 ? -1 : close === "-->" ? end + 2 : lower.indexOf(">", end);
    if (gt < 0) return parts.join("");
    at = from = gt + 1;
  }
  parts.push(html.slice(at));
  return parts.join("");
}

/** The text that closes the unread element or comment opening at `lt`, or null. */
function unreadClose(lower: string, lt: number): string | null {
  const c = lower[lt + 1];
  if (c !== "!" && c !== "s" && c !== "n" && c !== "t") return null;
  if (lower.startsWith("<!--", lt)) return "-->";
  for (const name of UNREAD) {
    if (!lower.startsWith(name, lt + 1)) continue;
    const next = lower[lt + 1 + name.length] ?? "";
    if (next === ">" || next === "/" || next === " " || next === "\t" || next === "\n" || next === "\r" || next === "\f") return `</${name}`;
  }
  return null;
}

/**
 * The HTML with the tags nested deeper than `maxDepth` removed (their text kept), or null when it is
 * nested less. The HTML parser keeps its open elements in an array it shifts at every tag, so parsing
 * costs depth × tags: 20 000 nested <div> (or unclosed <b>) would take minutes. One linear pass.
 */
export function flattenDeep(html: string, maxDepth: number): string | null {
  let depth = 0;
  let deepest = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m && deepest <= maxDepth; m = TAG.exec(html)) {
    if (VOID.has(m[2].toLowerCase()) || m[0].endsWith("/>")) continue;
    depth = m[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > deepest) deepest = depth;
  }
  if (deepest <= maxDepth) return null;
  depth = 0;
  return html.replace(TAG, (tag, close: string, name: string) => {
    if (VOID.has(name.toLowerCase()) || tag.endsWith("/>")) return tag;
    const level = close ? depth : depth + 1;
    depth = close ? Math.max(0, depth - 1) : depth + 1;
    return level > maxDepth ? " " : tag;
  });
}

/**
 * A document with a body whatever the input: HTML without any element ("0", plain text, a comment,
 * a doctype, a lone <script>) is read as the body of an empty page, so its text (if any) is the text.
 */
function parseDocument(html: string): any {
  const { document } = parseHTML(html);
  if (document.documentElement && document.querySelector("body")) return document;
  return parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document;
}

export interface HtmlExtraction {
  title: string | null;
  text: string;
  /** Publication date found in metadata (meta article:published_time, <time datetime>), if any. */
  metaPublishedAt: string | null;
  /** What the limits cut or simplified (see limits.ts). */
  warnings: Warning[];
}

/** Meta elements naming the publication date, by preference: [attribute, value]. */
const DATE_METAS: [string, string][] = [
  ["property", "article:published_time"], ["name", "article:published_time"],
  ["itemprop", "datePublished"], ["name", "date"], ["name", "pubdate"], ["name", "DC.date.issued"],
];

/** The content of the first <meta> whose `attr` is `value` (the page's metas read once: a selector per name walked the whole page each). */
function metaContent(metas: any[], attr: string, value: string): string | null {
  return metas.find((m) => m.getAttribute(attr) === value)?.getAttribute("content") ?? null;
}

function metaDate(document: any, metas: any[]): string | null {
  for (const [attr, value] of DATE_METAS) {
    const v = metaContent(metas, attr, value);
    if (v && /^\d{4}-\d{2}-\d{2}/.test(v)) return v;
  }
  const t = document.querySelector("article time[datetime], time[pubdate], time[datetime]")?.getAttribute("datetime");
  if (t && /^\d{4}-\d{2}-\d{2}/.test(t)) return t;
  return null;
}

/**
 * The descendants of `node` with one of the tag names, in document order: what Readability's
 * `_getAllNodesWithTag` asks `querySelectorAll("a,b")` for. linkedom compiles the selector at every
 * call, and Readability asks once per paragraph (1 900 paragraphs: 0.3 s of selector compiling), so
 * a walk of the subtree answers instead.
 */
function descendantsWithTag(node: any, tagNames: string[]): any[] {
  const names = new Set(tagNames.map((t) => t.toLowerCase()));
  const out: any[] = [];
  const todo: any[] = [];
  for (let c = node.lastElementChild; c; c = c.previousElementSibling) todo.push(c);
  while (todo.length) {
    const el = todo.pop();
    if (names.has(String(el.localName).toLowerCase())) out.push(el);
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) todo.push(c);
  }
  return out;
}

/** Readability's article text, or "" when it finds none or fails. */
function readabilityText(document: any): { text: string; title: string | null } {
  try {
    // The article's element itself, not its HTML serialised to be parsed again.
    const reader = new Readability(document as any, { charThreshold: 200, serializer: (el: any) => el });
    (reader as any)._getAllNodesWithTag = descendantsWithTag;
    const art = reader.parse();
    if (art?.content) return { text: blockText(art.content), title: art.title?.trim() || null };
  } catch {
    /* fall back to the body's text */
  }
  return { text: "", title: null };
}

function dropFurniture(document: any): void {
  // One walk of the document for every selector (one per selector cost a walk each on a big page).
  for (const el of [...document.querySelectorAll(DROP_SELECTORS.join(","))]) {
    // Keep the <header> of an article (it holds the headline) but drop page headers.
    if (el.tagName === "HEADER" && el.closest?.("article") && !el.matches?.(DROP_SELECTORS.filter((s) => s !== "header").join(","))) continue;
    el.remove();
  }
  for (const el of [...document.querySelectorAll("[class],[id]")]) {
    if (el.tagName === "BODY" || el.tagName === "HTML" || el.tagName === "ARTICLE" || el.tagName === "MAIN") continue;
    if (isJunk(el)) el.remove();
  }
}

export function htmlToText(input: string): HtmlExtraction {
  const warnings: Warning[] = [];
  let html = input.length > LIMITS.htmlChars ? stripUnread(input) : input;
  if (html.length > LIMITS.htmlChars) {
    const readable = html.length;
    html = truncateText(html, LIMITS.htmlChars);
    warnings.push(warning("html_truncated", `HTML of ${input.length} characters (${readable} once comments, scripts, styles dropped): first ${html.length} read (limit ${LIMITS.htmlChars})`));
  }
  const flat = flattenDeep(html, LIMITS.htmlDepth);
  if (flat !== null) {
    html = flat;
    warnings.push(warning("html_flattened", `HTML nested deeper than ${LIMITS.htmlDepth}: deeper tags removed, their text kept`));
  }
  const document = parseDocument(html);
  const metas = [...document.querySelectorAll("meta")];
  const metaPublishedAt = metaDate(document, metas);
  const ogTitle = metaContent(metas, "property", "og:title");
  const h1 = document.querySelector("h1")?.textContent?.trim() || null;
  dropFurniture(document);
  const shape = shapeOf(document.documentElement);
  let found = { text: "", title: null as string | null };
  if (shape.depth <= LIMITS.htmlDepth && shape.elements <= LIMITS.htmlElements) found = readabilityText(document);
  else warnings.push(warning("html_simplified", `page ${shape.depth} elements deep, ${shape.elements} elements (limits ${LIMITS.htmlDepth}, ${LIMITS.htmlElements}): body text read without Readability`));
  let { text } = found;
  if (text.length < 200) {
    const body = document.querySelector("article") ?? document.querySelector("main") ?? document.body;
    if (body) text = blockText(body);
  }
  if (!text) warnings.push(warning("html_no_text", "HTML holds no readable text (no element, or only scripts, comments or a doctype)"));
  const title = h1 || ogTitle || found.title || document.querySelector("title")?.textContent?.trim() || null;
  return { title, text, metaPublishedAt, warnings };
}
