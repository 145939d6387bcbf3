/**
 * Every regular expression of the code base, for the ReDoS checks (test/static/regex-safety.test.ts,
 * `npm run check:regex`): the regex literals of src/ (found with the TypeScript parser) and the
 * patterns built at run time with `new RegExp(…)` (recorded while the modules load and while an
 * article in each language with a pack, and one without, is extracted).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

export const root = path.join(path.dirname(new URL(import.meta.url).pathname), "..", "..");

export type Pattern = { source: string; flags: string; where: string };

/** The identity of a pattern: its exact source and its flags (g and y do not change matching). */
export const patternKey = (p: { source: string; flags: string }): string => `/${p.source}/${checkedFlags(p.flags)}`;
export const checkedFlags = (flags: string): string => [...flags.replace(/[gy]/g, "")].sort().join("");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : [],
  );
}

function literalsOf(file: string): Pattern[] {
  const sf = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const out: Pattern[] = [];
  const visit = (n: ts.Node) => {
    if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const lit = n.getText(sf);
      const slash = lit.lastIndexOf("/");
      const line = sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
      out.push({ source: lit.slice(1, slash), flags: lit.slice(slash + 1), where: `${path.relative(root, file)}:${line}` });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

export function regexLiterals(): Pattern[] {
  return sourceFiles(path.join(root, "src")).flatMap(literalsOf);
}

/** Patterns built with new RegExp / RegExp() while the extraction modules load and run. */
export async function dynamicPatterns(): Promise<Pattern[]> {
  const seen = new Map<string, Pattern>();
  const Original = RegExp;
  const record = (re: RegExp, arg: unknown, where: string) => {
    if (!(arg instanceof Original)) seen.set(patternKey(re), { source: re.source, flags: re.flags, where });
    return re;
  };
  globalThis.RegExp = new Proxy(Original, {
    construct: (target, args: [string | RegExp, string?]) => record(new target(...args), args[0], "new RegExp (run time)"),
    apply: (target, _this, args: [string | RegExp, string?]) => record(target(...args), args[0], "RegExp() (run time)"),
  });
  try {
    const { extractArticle } = await import("../../src/extract");
    const { htmlToText } = await import("../../src/extract/html");
    const { supportedLanguages } = await import("../../src/languages");
    const opts = { receivedAt: "2023-09-13T00:00:00Z" };
    extractArticle({ url: "https://x.example/en", text: "Kim Jong-un arrived in Moscow on Tuesday 12 September 2023 and met Vladimir Putin, officials said. He will leave next week.", language: "en" }, opts);
    extractArticle({ url: "https://x.example/fr", text: "Kim Jong-un est arrivé à Moscou mardi 12 septembre 2023. Il rencontrera Vladimir Poutine la semaine prochaine.", language: "fr" }, opts);
    for (const language of [...supportedLanguages(), "ko"]) {
      extractArticle({ url: `https://x.example/${language}`, text: "Kim Jong-un, 12.09.2023, 2023-09-12. Vladimir Putin.", language }, opts);
    }
    htmlToText("<html><body><article><p>Kim arrived on 12 May 2023.</p></article></body></html>");
  } finally {
    globalThis.RegExp = Original;
  }
  return [...seen.values()];
}

/** All distinct patterns (by patternKey), the first place each was found kept. */
export async function allPatterns(): Promise<{ literals: Pattern[]; dynamic: Pattern[]; all: Map<string, Pattern> }> {
  const literals = regexLiterals();
  const dynamic = await dynamicPatterns();
  const all = new Map<string, Pattern>();
  for (const p of [...literals, ...dynamic]) if (!all.has(patternKey(p))) all.set(patternKey(p), p);
  return { literals, dynamic, all };
}
