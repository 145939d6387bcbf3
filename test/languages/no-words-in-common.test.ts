/**
 * Issue 9, "one folder per language": no French or English word list remains outside the language
 * packs. The common code (src/extract, src/merge, src/temporal/common) is read at build time through
 * Vite's import.meta.glob (workerd has no file system) and every string, template and regex literal
 * (comments excluded) is searched for frequent French and English function words.
 */
import { describe, expect, it } from "vitest";
import { sourceLiterals, wordsIn } from "./source-literals";

const SOURCES = {
  ...(import.meta.glob("../../src/extract/**/*.ts", { query: "?raw", import: "default", eager: true }) as Record<string, string>),
  ...(import.meta.glob("../../src/merge/**/*.ts", { query: "?raw", import: "default", eager: true }) as Record<string, string>),
  ...(import.meta.glob("../../src/temporal/common/**/*.ts", { query: "?raw", import: "default", eager: true }) as Record<string, string>),
};

/** Frequent function words ("qu" only before an apostrophe: « qu'il »). */
const WORDS = [
  // French
  "que", "qu", "qui", "dont", "selon", "depuis", "jusqu", "jusque", "aujourd", "hier", "demain", "mais", "également", "aussi",
  "dans", "avec", "pour", "sur", "les", "des", "une", "est", "sont", "été", "avait", "ont", "il", "elle", "ils", "cette",
  // English
  "the", "that", "said", "says", "since", "until", "according", "which", "who", "today", "yesterday", "tomorrow", "this",
  "with", "from", "and", "but", "has", "have", "was", "were", "will", "would", "he", "she", "they",
];

/**
 * Literals that are English prose for developers, not word lists: the merge decision's reasons
 * (returned as `reason` by the explain API). Matched by their opening words.
 */
const MESSAGES: { file: RegExp; start: string }[] = [
  { file: /src\/merge\/decide\.ts$/, start: "no shared participant or place" },
  { file: /src\/merge\/decide\.ts$/, start: "generic events with dissimilar wording" },
];

function offenders(): string[] {
  const out: string[] = [];
  for (const [file, src] of Object.entries(SOURCES)) {
    for (const lit of sourceLiterals(src)) {
      if (MESSAGES.some((m) => m.file.test(file) && lit.text.startsWith(m.start))) continue;
      const hit = wordsIn(lit.text, WORDS);
      if (hit.length) out.push(`${file.replace(/^(\.\.\/)+/, "")}:${lit.line} ${lit.kind} [${hit.join(", ")}] ${lit.text.slice(0, 80)}`);
    }
  }
  return out;
}

describe("no words in the common code", () => {
  it("reads the common sources (extract, merge, temporal/common)", () => {
    const files = Object.keys(SOURCES);
    for (const dir of ["src/extract/", "src/merge/", "src/temporal/common/"]) expect(files.some((f) => f.includes(dir)), dir).toBe(true);
    expect(files.some((f) => f.endsWith("src/extract/reported.ts"))).toBe(true);
    expect(files.some((f) => f.includes("src/temporal/common/refiners/"))).toBe(true);
  });

  it("finds words in regex, string and template literals, not in comments or escapes", () => {
    const src = [
      "// the comment says que and selon",
      "/* block: since until */",
      'const A = /(?:que|qu[\'’]|selon)\\s+/iu;',
      "const B = \"\\\\bthe\\\\b\";",
      "const C = `x${n ? `since` : \"\"}y`;",
      "const D = a / b / c; const E = /\\bwhich\\b/;",
      'const F = "\\\\s\\\\p{L}";',
    ].join("\n");
    const found = sourceLiterals(src).map((l) => ({ line: l.line, kind: l.kind, words: wordsIn(l.text, WORDS) }));
    expect(found.filter((f) => f.line === 3).flatMap((f) => f.words)).toEqual(["que", "qu", "selon"]);
    expect(found.find((f) => f.line === 4)?.words).toEqual(["the"]);
    expect(found.filter((f) => f.line === 5).flatMap((f) => f.words)).toEqual(["since"]);
    expect(found.filter((f) => f.line === 6).flatMap((f) => f.words)).toEqual(["which"]);
    expect(found.filter((f) => f.line <= 2)).toEqual([]);
    expect(found.find((f) => f.line === 7)?.words).toEqual([]);
  });

  it("holds no French or English function word in any literal of src/extract, src/merge, src/temporal/common", () => {
    expect(offenders()).toEqual([]);
  });
});
