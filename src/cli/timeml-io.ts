/**
 * TimeML (.tml) reading/writing for the evaluation tools (Node side).
 * The text content of <TEXT> is obtained by dropping tags and decoding XML entities; we keep a map
 * from decoded-text offsets back to raw offsets so system tags can be re-inserted byte for byte.
 */

export interface Timex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
  mod?: string;
  tid?: string;
}

export interface TmlDoc {
  /** DCT value (e.g. 1998-01-08). */
  dct: string;
  /** Raw XML before the content of <TEXT>, including "<TEXT>". */
  head: string;
  /** Raw XML of the content of <TEXT>. */
  rawText: string;
  /** Raw XML after the content of <TEXT>, starting at "</TEXT>". */
  tail: string;
  /** Decoded text content of <TEXT>. */
  text: string;
  /** Raw content with all tags removed (entities kept): the bytes that must stay identical. */
  rawPlain: string;
  /** rawPlainOffset[i] = offset in rawPlain of decoded char i (length text.length + 1). */
  rawPlainOffset: number[];
  /** Gold TIMEX3 annotations inside <TEXT> (decoded-text offsets). */
  timexes: Timex[];
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeEntity(ent: string): string {
  const name = ent.slice(1, -1);
  if (name[0] === "#") {
    const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return String.fromCodePoint(code);
  }
  return ENTITIES[name] ?? ent;
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  if (!m) return undefined;
  return (m[2] ?? m[3] ?? "").replace(/&[a-zA-Z]+;|&#x?[0-9a-fA-F]+;/g, decodeEntity);
}

export function parseTml(xml: string): TmlDoc {
  const dctM = /<DCT>[\s\S]*?<TIMEX3\b([^>]*)>/i.exec(xml);
  const dct = dctM ? attr(dctM[0].slice(dctM[0].lastIndexOf("<TIMEX3")), "value") ?? "" : "";
  const open = /<TEXT>/.exec(xml);
  if (!open) throw new Error("no <TEXT> element");
  const startRaw = open.index + open[0].length;
  const endRaw = xml.indexOf("</TEXT>", startRaw);
  if (endRaw < 0) throw new Error("no </TEXT>");
  const rawText = xml.slice(startRaw, endRaw);
  let text = "";
  let rawPlain = "";
  const rawPlainOffset: number[] = [];
  const timexes: Timex[] = [];
  const stack: { start: number; tag: string }[] = [];
  const re = /<[^>]*>|&[a-zA-Z]+;|&#x?[0-9a-fA-F]+;|[^<&]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(rawText))) {
    const tok = m[0];
    if (tok[0] === "<") {
      if (/^<TIMEX3\b/.test(tok)) {
        if (tok.endsWith("/>")) continue; // non-consuming
        stack.push({ start: text.length, tag: tok });
      } else if (/^<\/TIMEX3/.test(tok)) {
        const o = stack.pop();
        if (o && text.length > o.start) {
          timexes.push({
            start: o.start,
            end: text.length,
            text: text.slice(o.start),
            type: attr(o.tag, "type") ?? "",
            value: attr(o.tag, "value") ?? "",
            mod: attr(o.tag, "mod"),
            tid: attr(o.tag, "tid"),
          });
        }
      }
      continue;
    }
    if (tok[0] === "&" && tok.length > 1 && tok.endsWith(";")) {
      const d = decodeEntity(tok);
      for (let i = 0; i < d.length; i++) rawPlainOffset.push(rawPlain.length);
      text += d;
      rawPlain += tok;
      continue;
    }
    for (let i = 0; i < tok.length; i++) rawPlainOffset.push(rawPlain.length + i);
    text += tok;
    rawPlain += tok;
  }
  rawPlainOffset.push(rawPlain.length);
  timexes.sort((a, b) => a.start - b.start);
  return { dct, head: xml.slice(0, startRaw), rawText, tail: xml.slice(endRaw), text, rawPlain, rawPlainOffset, timexes };
}

const escAttr = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** Writes a .tml whose <TEXT> holds the original text content with system TIMEX3 tags inline. */
export function writeTml(doc: TmlDoc, mentions: Timex[]): string {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  let out = "";
  let pos = 0;
  // tids continue after those used outside <TEXT> (the DCT is often t0 or t1).
  let n = Math.max(0, ...[...doc.head.matchAll(/\btid="t(\d+)"/g)].map((m) => +m[1]));
  for (const t of sorted) {
    if (t.start < pos || t.end <= t.start) continue; // no overlap in TimeML inline markup
    const rs = doc.rawPlainOffset[t.start];
    const re = doc.rawPlainOffset[t.end];
    out += doc.rawPlain.slice(doc.rawPlainOffset[pos], rs);
    n++;
    const mod = t.mod ? ` mod="${escAttr(t.mod)}"` : "";
    out += `<TIMEX3 tid="t${n}" type="${t.type}" value="${escAttr(t.value)}"${mod}>`;
    out += doc.rawPlain.slice(rs, re);
    out += "</TIMEX3>";
    pos = t.end;
  }
  out += doc.rawPlain.slice(doc.rawPlainOffset[pos]);
  // Drop link annotations that referred to the gold markup.
  const tail = doc.tail.replace(/^\s*<(TLINK|SLINK|ALINK|MAKEINSTANCE)\b[^>]*\/>\s*$/gm, "").replace(/\n{2,}/g, "\n");
  return doc.head + out + tail;
}
