/**
 * TempEval-3 style scoring of TIMEX3 annotations.
 *   npm run timeml:score -- GOLD_DIR SYS_DIR
 * strict extent = identical offsets; relaxed = overlap; value F1 = relaxed match with identical value;
 * type accuracy = share of relaxed matches with identical type. Overall and per type.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseTml } from "./timeml-io";
import { Scorer, formatTable } from "./timeml-scoring";

export * from "./timeml-scoring";

function main(argv: string[]) {
  const [goldDir, sysDir] = argv;
  if (!goldDir || !sysDir) {
    console.error("usage: npm run timeml:score -- GOLD_DIR SYS_DIR");
    process.exit(2);
  }
  const scorer = new Scorer();
  let missing = 0;
  for (const f of readdirSync(goldDir).filter((x) => x.endsWith(".tml")).sort()) {
    const gold = parseTml(readFileSync(join(goldDir, f), "utf8"));
    let sysXml: string;
    try {
      sysXml = readFileSync(join(sysDir, f), "utf8");
    } catch {
      missing++;
      scorer.add(gold.timexes, []);
      continue;
    }
    const sys = parseTml(sysXml);
    if (sys.text !== gold.text) console.warn(`warning: ${f}: text content differs between gold and system`);
    scorer.add(gold.timexes, sys.timexes);
  }
  if (missing) console.warn(`warning: ${missing} system file(s) missing (counted as empty)`);
  console.log(formatTable(`${goldDir} vs ${sysDir}`, scorer.table()));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
