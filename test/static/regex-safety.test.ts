/**
 * Every regular expression of the code base is checked for catastrophic (exponential) backtracking:
 * the regex literals of src/ (found with the TypeScript parser) and the patterns built at run time
 * with `new RegExp(…)` (recorded while the modules load and while a few articles are extracted).
 * safe-regex2 checks each (star height: no quantified group containing a quantifier); what it
 * flags goes to recheck's automaton/fuzz checker, which decides whether the backtracking is
 * exponential (a failure) or at most polynomial (a pattern it cannot decide within 5 s is counted
 * and printed as undecided). `npm run check:regex` runs recheck on every pattern
 * and prints the polynomial ones (they run on bounded windows; `npm run bench:worst` shows the whole
 * extraction linear on the pathological inputs).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { check } from "recheck";
import safeRegex from "safe-regex2";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = path.join(import.meta.dirname, "..", "..");
// recheck's native binary (registry package recheck-linux-x64 …) through its agent: fast, and no
// fall-back to its worker/Scala.js back end.
process.env.RECHECK_BACKEND = "native";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : [],
  );
}

type Pattern = { source: string; flags: string; where: string };

function literalsOf(file: string): Pattern[] {
  const text = readFileSync(file, "utf8");
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
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

/** Patterns built with new RegExp while the extraction modules load and run on a few articles. */
async function dynamicPatterns(): Promise<Pattern[]> {
  const seen = new Map<string, Pattern>();
  const Original = RegExp;
  const Recording = new Proxy(Original, {
    construct(target, args: [string | RegExp, string?]) {
      const re = new target(...args);
      if (!(args[0] instanceof Original)) seen.set(`${re.source}/${re.flags}`, { source: re.source, flags: re.flags, where: "new RegExp (run time)" });
      return re;
    },
    apply(target, _this, args: [string | RegExp, string?]) {
      const re = target(...args);
      if (!(args[0] instanceof Original)) seen.set(`${re.source}/${re.flags}`, { source: re.source, flags: re.flags, where: "RegExp() (run time)" });
      return re;
    },
  });
  globalThis.RegExp = Recording;
  try {
    const { extractArticle } = await import("../../src/extract");
    const { htmlToText } = await import("../../src/extract/html");
    const opts = { receivedAt: "2023-09-13T00:00:00Z" };
    extractArticle({ url: "https://x.example/en", text: "Kim Jong-un arrived in Moscow on Tuesday 12 September 2023 and met Vladimir Putin, officials said. He will leave next week.", language: "en" }, opts);
    extractArticle({ url: "https://x.example/fr", text: "Kim Jong-un est arrivé à Moscou mardi 12 septembre 2023. Il rencontrera Vladimir Poutine la semaine prochaine.", language: "fr" }, opts);
    htmlToText("<html><body><article><p>Kim arrived on 12 May 2023.</p></article></body></html>");
  } finally {
    globalThis.RegExp = Original;
  }
  return [...seen.values()];
}

describe("no regular expression can backtrack catastrophically", () => {
  it("every regex literal and run-time pattern of src/ is safe for recheck", async () => {
    const t0 = performance.now();
    const literals = sourceFiles(path.join(root, "src")).flatMap(literalsOf);
    const dynamic = await dynamicPatterns();
    console.log(`regex safety: patterns collected in ${Math.round(performance.now() - t0)} ms`);
    const all = new Map<string, Pattern>();
    for (const p of [...literals, ...dynamic]) if (!all.has(`${p.source}/${p.flags}`)) all.set(`${p.source}/${p.flags}`, p);
    expect(literals.length).toBeGreaterThan(300);
    expect(dynamic.length).toBeGreaterThan(0);
    const flagged = [...all.values()].filter((p) => !safeRegex(new RegExp(p.source, p.flags.replace(/[gy]/g, ""))));
    const unsafe: string[] = [];
    const verdicts: string[] = [];
    // recheck's agent checks several patterns at once; a pattern it cannot decide in 5 s is counted as undecided.
    for (let i = 0; i < flagged.length; i += 8) {
      const slice = flagged.slice(i, i + 8);
      const results = await Promise.all(slice.map((p) => check(p.source, p.flags.replace(/[gy]/g, ""), { timeout: 5_000 })));
      results.forEach((r, j) => {
        const verdict = r.status === "vulnerable" ? r.complexity.type : r.status;
        verdicts.push(verdict);
        if (verdict === "exponential") unsafe.push(`${slice[j].where} /${slice[j].source.slice(0, 120)}/${slice[j].flags}: exponential (attack ${JSON.stringify((r as { attack?: { pattern: string } }).attack?.pattern).slice(0, 60)})`);
      });
    }
    console.log(
      `regex safety: ${all.size} distinct patterns (${literals.length} literals, ${dynamic.length} built at run time); ` +
        `safe-regex2 flags ${flagged.length}; recheck on those: ${["safe", "polynomial", "exponential", "unknown"].map((v) => `${verdicts.filter((x) => x === v).length} ${v === "unknown" ? "undecided" : v}`).join(", ")}`,
    );
    expect(unsafe, unsafe.join("\n")).toEqual([]);
  });
});
