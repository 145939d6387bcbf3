import { expect } from "vitest";
import { tag, type TemporalMention } from "../../src/temporal/index";

/** Tags `text` and returns the mention whose text is `expr` (fails with the full output otherwise). */
export function mention(text: string, expr: string, referenceDate: string, language: string): TemporalMention {
  const ms = tag(text, { referenceDate, language });
  const m = ms.find((x) => x.text === expr);
  if (!m) throw new Error(`no mention «${expr}» in ${JSON.stringify(ms.map((x) => [x.text, x.value]))}`);
  expect(text.slice(m.start, m.end)).toBe(m.text);
  return m;
}

export const values = (text: string, referenceDate: string, language: string): string[] =>
  tag(text, { referenceDate, language }).map((m) => `${m.text}=${m.value}`);
