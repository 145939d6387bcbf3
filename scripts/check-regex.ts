/**
 * `npm run check:regex`: recheck (native checker, through its agent) on every regex literal of src/,
 * printing each pattern that is not safe with its complexity (polynomial / exponential) and an attack
 * string. The test test/static/regex-safety.test.ts fails on exponential ones; this report also lists
 * the polynomial ones. Takes a few minutes (hundreds of patterns, up to 2 s each).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { check } from "recheck";
import ts from "typescript";

const root = path.join(path.dirname(new URL(import.meta.url).pathname), "..");
const files = (d: string): string[] =>
  readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(d, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(d, e.name)] : []));

const patterns = new Map<string, { source: string; flags: string; where: string }>();
for (const f of files(path.join(root, "src"))) {
  const sf = ts.createSourceFile(f, readFileSync(f, "utf8"), ts.ScriptTarget.Latest, true);
  const visit = (n: ts.Node) => {
    if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const lit = n.getText(sf);
      const i = lit.lastIndexOf("/");
      const line = sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
      const key = lit;
      if (!patterns.has(key)) patterns.set(key, { source: lit.slice(1, i), flags: lit.slice(i + 1), where: `${path.relative(root, f)}:${line}` });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
}
const counts: Record<string, number> = {};
for (const p of patterns.values()) {
  const r = await check(p.source, p.flags.replace(/[gy]/g, ""), { timeout: 2_000 });
  const verdict = r.status === "vulnerable" ? r.complexity.type : r.status;
  counts[verdict] = (counts[verdict] ?? 0) + 1;
  if (verdict !== "safe") console.log(`${verdict.padEnd(11)} ${p.where} /${p.source.slice(0, 100)}/${p.flags}${r.status === "vulnerable" ? `  attack: ${JSON.stringify(r.attack.pattern).slice(0, 60)}` : ""}`);
}
console.log(`${patterns.size} patterns: ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(", ")}`);
process.exit(counts.exponential ? 1 : 0);
