/**
 * Corpus regression test: tags the French TimeBank dev split, the TempEval-3 TBAQ training data and the
 * KRAUTS (German) dev split
 * (read at build time from eval/corpora through Vite's import.meta.glob, as workerd has no file
 * system) and fails when value F1 drops more than one point below eval/temporal-scores.json
 * (re-record with `npm run eval:temporal -- --record`).
 */
import { describe, expect, it } from "vitest";
import { parseTml } from "../../src/cli/timeml-io";
import { Scorer } from "../../src/cli/timeml-scoring";
import { tag } from "../../src/temporal/index";
import recorded from "../../eval/temporal-scores.json";

const FR = import.meta.glob("../../eval/corpora/fr-timebank/dev/*.tml", { query: "?raw", import: "default", eager: true }) as Record<string, string>;
const EN = {
  ...(import.meta.glob("../../eval/corpora/tempeval3-tbaq/TimeBank/*.tml", { query: "?raw", import: "default", eager: true }) as Record<string, string>),
  ...(import.meta.glob("../../eval/corpora/tempeval3-tbaq/AQUAINT/*.tml", { query: "?raw", import: "default", eager: true }) as Record<string, string>),
};

const DE = import.meta.glob("../../eval/corpora/de-krauts/dev/*.tml", { query: "?raw", import: "default", eager: true }) as Record<string, string>;

const ABSENT = "evaluation corpora absent: expected them at eval/corpora, see eval/corpora/README.md";

function score(files: Record<string, string>, lang: string) {
  const scorer = new Scorer();
  for (const xml of Object.values(files)) {
    const doc = parseTml(xml);
    const sys = tag(doc.text, { referenceDate: doc.dct, language: lang });
    scorer.add(doc.timexes, sys);
  }
  return scorer.table();
}

const cases = [
  { name: "fr-timebank-dev", lang: "fr", files: FR, minDocs: 70 },
  { name: "tempeval3-tbaq", lang: "en", files: EN, minDocs: 250 },
  { name: "de-krauts-dev", lang: "de", files: DE, minDocs: 120 },
] as const;

describe("temporal tagger corpus regression", () => {
  for (const c of cases) {
    it(`${c.name}: value F1 within 1 point of the recorded figure`, () => {
      const n = Object.keys(c.files).length;
      if (n === 0) throw new Error(`${ABSENT} (no ${c.name} *.tml found)`);
      expect(n, `${c.name}: only ${n} documents found`).toBeGreaterThanOrEqual(c.minDocs);
      const table = score(c.files, c.lang);
      const rec = (recorded.corpora as Record<string, Record<string, { valueF1: number }>>)[c.name];
      expect(rec, `no recorded figures for ${c.name} in eval/temporal-scores.json`).toBeDefined();
      for (const group of ["ALL", "DATE+TIME"]) {
        const got = table[group].value.f;
        console.log(`${c.name} ${group}: value F1 ${got} (recorded ${rec[group].valueF1})`);
        expect(got, `${c.name} ${group} value F1`).toBeGreaterThanOrEqual(rec[group].valueF1 - 1);
      }
    }, 60_000);
  }
});
