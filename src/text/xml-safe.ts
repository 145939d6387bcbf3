/**
 * Text that may end up in XML (RSS, Atom) or in HTML carried inside it. Pure helpers, used at
 * ingestion (the stored text is clean) and again when a feed is serialised (defence in depth).
 */

/**
 * Characters XML 1.0 does not allow (https://www.w3.org/TR/xml/#charsets): C0 controls except tab,
 * LF and CR, U+FFFE, U+FFFF, and UTF-16 surrogates that are not part of a pair.
 */
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text without the characters XML 1.0 forbids (removed, not replaced: they carry no meaning). */
export function xmlSafeText(s: string): string {
  return s.replace(NOT_XML_CHAR, "");
}

/** True when the text holds a character XML 1.0 forbids. */
export function hasNonXmlChars(s: string): boolean {
  NOT_XML_CHAR.lastIndex = 0;
  const found = NOT_XML_CHAR.test(s);
  NOT_XML_CHAR.lastIndex = 0;
  return found;
}

/** Escapes text for HTML/XML element content and double-quoted attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** The URL when it is an absolute http(s) URL, else null: a link never carries javascript:, data: … */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch {
    return null;
  }
}

/** The URL without user name and password (https://user:secret@host/ → https://host/). */
export function withoutUserinfo(url: string): string {
  try {
    const u = new URL(url);
    if (!u.username && !u.password) return url;
    u.username = "";
    u.password = "";
    return u.href;
  } catch {
    return url;
  }
}
