/** The French and English tagger constructions in every other pack's language (table: constructions-table.ts). */
import { describe, expect, it } from "vitest";
import { tag } from "../../src/temporal/index";
import { mention } from "../temporal/helpers";
import { CONSTRUCTIONS } from "./constructions-table";

const REF = "2023-09-12";

for (const [language, rows] of Object.entries(CONSTRUCTIONS)) {
  describe(`constructions (${language})`, () => {
    for (const [text, expr, value, expected = {}] of rows) {
      const ref = expected.ref ?? REF;
      if (!expr) {
        it(`${text} → no date`, () => expect(tag(text, { referenceDate: ref, language }).map((m) => `${m.text}=${m.value}`)).toEqual([]));
        continue;
      }
      it(`${text} → «${expr}» = ${value}`, () => {
        const m = mention(text, expr, ref, language);
        expect(m.value).toBe(value);
        if (expected.type) expect(m.type).toBe(expected.type);
        if (expected.mod) expect(m.mod).toBe(expected.mod);
        if (expected.range) expect(m.range).toEqual(expected.range);
        // Durations and sets are never anchored on the calendar.
        if (m.type === "DURATION" || m.type === "SET") expect(m.range).toBeUndefined();
      });
    }
  });
}
