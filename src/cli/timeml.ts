/**
 * Tags TimeML documents with the temporal tagger.
 *   npm run timeml -- --in DIR --out DIR [--lang fr|en]
 * For each *.tml: the DCT is the reference date, the text content of <TEXT> is tagged, and the same
 * file name is written to the output dir with <TIMEX3 tid type value> inline (text content unchanged).
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { tag } from "../temporal/index";
import { parseTml, writeTml, type Timex } from "./timeml-io";

export function tagTml(xml: string, lang: string): { xml: string; gold: Timex[]; sys: Timex[]; text: string } {
  const doc = parseTml(xml);
  const sys = tag(doc.text, { referenceDate: doc.dct, language: lang }).map((m) => ({
    start: m.start,
    end: m.end,
    text: m.text,
    type: m.type,
    value: m.value,
    mod: m.mod,
  }));
  return { xml: writeTml(doc, sys), gold: doc.timexes, sys, text: doc.text };
}

function main(argv: string[]) {
  let inDir = "";
  let outDir = "";
  let lang = "";
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--in") inDir = argv[++i];
    else if (argv[i] === "--out") outDir = argv[++i];
    else if (argv[i] === "--lang") lang = argv[++i];
  }
  if (!inDir || !outDir) {
    console.error("usage: npm run timeml -- --in DIR --out DIR [--lang fr|en]");
    process.exit(2);
  }
  mkdirSync(outDir, { recursive: true });
  const files = readdirSync(inDir).filter((f) => f.endsWith(".tml")).sort();
  for (const f of files) {
    const xml = readFileSync(join(inDir, f), "utf8");
    const l = lang || (/xml:lang="fr"|Est Républicain|French TimeBank/.test(xml) ? "fr" : "en");
    writeFileSync(join(outDir, f), tagTml(xml, l).xml);
  }
  console.log(`tagged ${files.length} file(s) → ${outDir}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
