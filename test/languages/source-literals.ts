/**
 * The string, template and regex literals of a TypeScript source, comments excluded: a small lexer
 * (enough for this code base: nested templates, regex literals after operators and keywords).
 */
export interface Literal {
  kind: "string" | "template" | "regex";
  text: string;
  line: number;
}

const REGEX_AFTER = /[(,=:[!&|?{};+\-*%<>~^]$|(?:^|[^\w$])(?:return|typeof|case|in|of|do|else|void|yield|await)$/;

export function sourceLiterals(src: string): Literal[] {
  const out: Literal[] = [];
  let i = 0;
  let line = 1;
  // Brace depth of each open `${` inside a template: closing it resumes the template.
  const templateStack: number[] = [];
  let depth = 0;
  let lastCode = "";
  const push = (kind: Literal["kind"], text: string, at: number) => out.push({ kind, text, line: at });

  function readTemplate(): void {
    // at the character after ` or after the } closing a ${…}
    const startLine = line;
    let text = "";
    while (i < src.length) {
      const c = src[i];
      if (c === "\\") {
        text += c + (src[i + 1] ?? "");
        i += 2;
        continue;
      }
      if (c === "`") {
        i++;
        push("template", text, startLine);
        lastCode = "x";
        return;
      }
      if (c === "$" && src[i + 1] === "{") {
        i += 2;
        push("template", text, startLine);
        templateStack.push(depth);
        depth++;
        lastCode = "{";
        return;
      }
      if (c === "\n") line++;
      text += c;
      i++;
    }
  }

  while (i < src.length) {
    const c = src[i];
    const n = src[i + 1];
    if (c === "\n") line++;
    if (c === "/" && n === "/") {
      while (i < src.length && src[i] !== "\n") i++;
      continue;
    }
    if (c === "/" && n === "*") {
      const end = src.indexOf("*/", i + 2);
      const stop = end < 0 ? src.length : end + 2;
      line += (src.slice(i, stop).match(/\n/g) ?? []).length;
      i = stop;
      continue;
    }
    if (c === '"' || c === "'") {
      const at = line;
      let j = i + 1;
      let text = "";
      while (j < src.length && src[j] !== c && src[j] !== "\n") {
        if (src[j] === "\\") {
          text += src[j] + (src[j + 1] ?? "");
          j += 2;
          continue;
        }
        text += src[j++];
      }
      push("string", text, at);
      i = j + 1;
      lastCode = "x";
      continue;
    }
    if (c === "`") {
      i++;
      readTemplate();
      continue;
    }
    if (c === "{") depth++;
    if (c === "}") {
      depth--;
      if (templateStack.length && templateStack[templateStack.length - 1] === depth) {
        templateStack.pop();
        i++;
        readTemplate();
        continue;
      }
    }
    if (c === "/" && REGEX_AFTER.test(lastCode.trimEnd() || "(")) {
      const at = line;
      let j = i + 1;
      let text = "";
      let inClass = false;
      while (j < src.length && src[j] !== "\n" && (inClass || src[j] !== "/")) {
        if (src[j] === "\\") {
          text += src[j] + (src[j + 1] ?? "");
          j += 2;
          continue;
        }
        if (src[j] === "[") inClass = true;
        else if (src[j] === "]") inClass = false;
        text += src[j++];
      }
      j++;
      while (/[a-z]/.test(src[j] ?? "")) j++;
      push("regex", text, at);
      i = j;
      lastCode = "x";
      continue;
    }
    if (!/\s/.test(c)) lastCode = (lastCode + c).slice(-12);
    else lastCode += c;
    i++;
  }
  return out;
}

/** Letters glued to a backslash are escapes (\s, \b, \p{L}, \\s in a string), not words. */
export const withoutEscapes = (s: string): string => s.replace(/\\+(?:[pPu]\{[^}]*\}|[a-zA-Z])/g, " ");

/** The words of `words` found in a literal (case-insensitive, whole words; "qu" only before an apostrophe). */
export function wordsIn(literal: string, words: string[]): string[] {
  const text = withoutEscapes(literal);
  return words.filter((w) => new RegExp(`(?<![\\p{L}])${w}${w.endsWith("u") && w.length === 2 ? "(?=['’\\[])" : "(?![\\p{L}])"}`, "iu").test(text));
}
