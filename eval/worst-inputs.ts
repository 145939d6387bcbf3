/** The pathological articles of `npm run bench:worst` (also used by test/extract/limits.test.ts). */
import type { ArticleInput } from "../src/extract/types";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** Repeats `unit(i)` until `n` characters. */
function fill(n: number, unit: (i: number) => string): string {
  const parts: string[] = [];
  let len = 0;
  for (let i = 0; len < n; i++) {
    const u = unit(i);
    parts.push(u);
    len += u.length;
  }
  return parts.join("").slice(0, n);
}

export const text = (t: string, language = "en"): ArticleInput => ({ url: "https://bench.example/a", text: t, language, publishedAt: "2023-09-13T08:00:00Z" });
const html = (h: string): ArticleInput => ({ url: "https://bench.example/a", html: h, language: "en", publishedAt: "2023-09-13T08:00:00Z" });

/** The pathological inputs: name → article of about n characters. */
export const INPUTS: Record<string, (n: number) => ArticleInput> = {
  // One "sentence" on one line: dated clauses joined by commas, no full stop, no newline.
  "one-line": (n) => text(fill(n, (i) => `the minister arrived in Paris on ${1 + (i % 28)} May 2023 and met the president on Tuesday, `)),
  "monday": (n) => text(fill(n, () => "Monday ")),
  "dated-sentences": (n) => text(fill(n, (i) => `Kim Jong-un arrived in Moscow on ${1 + (i % 28)} ${MONTHS[i % 12]} ${2000 + (i % 24)}.${i % 5 === 4 ? "\n" : " "}`)),
  "fr-dated-sentences": (n) => text(fill(n, (i) => `Le président est arrivé à Paris le lundi ${1 + (i % 28)} septembre ${2000 + (i % 24)}. `), "fr"),
  "html-nested": (n) => {
    const depth = Math.floor((n - 40) / 11);
    return html(`${"<div>".repeat(depth)}Kim Jong-un arrived in Moscow on 12 May 2023.${"</div>".repeat(depth)}`);
  },
  "html-paragraphs": (n) => html(`<html><body><article>${fill(n - 40, (i) => `<p>Kim Jong-un arrived in Moscow on ${1 + (i % 28)} May 2023.</p>`)}</article></body></html>`),
  "html-unclosed": (n) => html(fill(n, (i) => (i % 50 === 49 ? " Kim met Putin on 12 May 2023. " : "<b>"))),
  "long-word": (n) => text(fill(n, () => "a")),
  "years": (n) => text(fill(n, (i) => `${1900 + (i % 120)} `)),
  "abbreviations": (n) => text(fill(n, () => "M. ")),
  "newlines": (n) => text(fill(n, (i) => (i % 1000 === 999 ? "Kim met Putin on 12 May 2023." : "\n"))),
  "names": (n) => text(fill(n, () => "Vladimir Putin met Kim Jong-un and Xi Jinping in Moscow ")),
  "ranges": (n) => text(fill(n, (i) => `from ${1 + (i % 28)} to ${2 + (i % 27)} May and between Monday and Friday, `)),
  "punctuation": (n) => text(fill(n, (i) => (i % 3 ? "." : "!"))),
};

