/**
 * XML documents of the RSS and Atom feeds, written with fast-xml-parser's XMLBuilder: elements are plain
 * objects (`@_name` attributes, `#text` text), and the builder escapes every text and attribute value.
 */
import { XMLBuilder } from "fast-xml-parser";
import { xmlSafeText } from "../text/xml-safe";

export type XmlNode = { [name: string]: XmlValue };
export type XmlValue = string | number | XmlNode | XmlNode[] | string[] | undefined;

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  textNodeName: "#text",
  format: true,
  suppressEmptyNode: true,
});

/** `<?xml …?>` + the root element. */
export function xmlDocument(root: XmlNode): string {
  // Defence in depth: stored text is clean, but no character XML 1.0 forbids may reach the document.
  return xmlSafeText(builder.build({ "?xml": { "@_version": "1.0", "@_encoding": "utf-8" }, ...root }) as string);
}

/** An element with text and attributes: text("x", { type: "html" }) → { "#text": "x", "@_type": "html" }. */
export function text(value: string, attributes: Record<string, string> = {}): XmlNode {
  const node: XmlNode = { "#text": value };
  for (const [k, v] of Object.entries(attributes)) node[`@_${k}`] = v;
  return node;
}

/** An empty element with attributes only (<link rel="self" href="…"/>); undefined attributes are left out. */
export function attrs(attributes: Record<string, string | undefined>): XmlNode {
  const node: XmlNode = {};
  for (const [k, v] of Object.entries(attributes)) if (v !== undefined) node[`@_${k}`] = v;
  return node;
}
