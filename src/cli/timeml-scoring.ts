/**
 * TempEval-3 scoring core (pure TypeScript, no Node APIs: also used by the workerd regression test).
 * strict extent = identical offsets; relaxed = overlap; value F1 = relaxed match with identical value;
 * type accuracy = share of relaxed matches with identical type. Overall and per type.
 */
import type { Timex } from "./timeml-io";

export interface Counts {
  gold: number;
  sys: number;
  strictG: number; // gold with strict match
  strictS: number;
  relaxedG: number;
  relaxedS: number;
  valueG: number;
  valueS: number;
  typeOk: number; // relaxed matched sys with same type
  typeN: number;
}

export const emptyCounts = (): Counts => ({
  gold: 0, sys: 0, strictG: 0, strictS: 0, relaxedG: 0, relaxedS: 0, valueG: 0, valueS: 0, typeOk: 0, typeN: 0,
});

const overlap = (a: Timex, b: Timex) => a.start < b.end && b.start < a.end;

/** Adds the comparison of one document to `c`. `filter` selects timexes (e.g. by type) on both sides. */
export function scoreDoc(gold: Timex[], sys: Timex[], c: Counts, filter: (t: Timex) => boolean = () => true): void {
  const g = gold.filter(filter);
  const s = sys.filter(filter);
  c.gold += g.length;
  c.sys += s.length;
  for (const x of g) {
    if (s.some((y) => y.start === x.start && y.end === x.end)) c.strictG++;
    const rel = s.filter((y) => overlap(x, y));
    if (rel.length) c.relaxedG++;
    if (rel.some((y) => y.value === x.value)) c.valueG++;
  }
  for (const y of s) {
    if (g.some((x) => y.start === x.start && y.end === x.end)) c.strictS++;
    const rel = g.filter((x) => overlap(x, y));
    if (rel.length) {
      c.relaxedS++;
      c.typeN++;
      if (rel.some((x) => x.type === y.type)) c.typeOk++;
    }
    if (rel.some((x) => x.value === y.value)) c.valueS++;
  }
}

export interface Scores {
  n: number;
  strict: { p: number; r: number; f: number };
  relaxed: { p: number; r: number; f: number };
  value: { p: number; r: number; f: number };
  typeAcc: number;
}

const prf = (ms: number, s: number, mg: number, g: number) => {
  const p = s ? (100 * ms) / s : 0;
  const r = g ? (100 * mg) / g : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return { p: +p.toFixed(2), r: +r.toFixed(2), f: +f.toFixed(2) };
};

export function toScores(c: Counts): Scores {
  return {
    n: c.gold,
    strict: prf(c.strictS, c.sys, c.strictG, c.gold),
    relaxed: prf(c.relaxedS, c.sys, c.relaxedG, c.gold),
    value: prf(c.valueS, c.sys, c.valueG, c.gold),
    typeAcc: +(c.typeN ? (100 * c.typeOk) / c.typeN : 0).toFixed(2),
  };
}

export const SCORE_GROUPS: Record<string, (t: Timex) => boolean> = {
  ALL: () => true,
  "DATE+TIME": (t) => t.type === "DATE" || t.type === "TIME",
  DATE: (t) => t.type === "DATE",
  TIME: (t) => t.type === "TIME",
  DURATION: (t) => t.type === "DURATION",
  SET: (t) => t.type === "SET",
};

export type ScoreTable = Record<string, Scores>;

export class Scorer {
  private counts: Record<string, Counts> = Object.fromEntries(Object.keys(SCORE_GROUPS).map((k) => [k, emptyCounts()]));
  add(gold: Timex[], sys: Timex[]): void {
    for (const [k, f] of Object.entries(SCORE_GROUPS)) scoreDoc(gold, sys, this.counts[k], f);
  }
  table(): ScoreTable {
    return Object.fromEntries(Object.entries(this.counts).map(([k, c]) => [k, toScores(c)]));
  }
}

export function formatTable(title: string, t: ScoreTable): string {
  const lines = [title, "group       n     strict P/R/F1         relaxed P/R/F1        value P/R/F1          type acc"];
  const f = (x: { p: number; r: number; f: number }) =>
    `${x.p.toFixed(1).padStart(5)} ${x.r.toFixed(1).padStart(5)} ${x.f.toFixed(1).padStart(5)}     `;
  for (const [k, s] of Object.entries(t)) {
    lines.push(`${k.padEnd(10)} ${String(s.n).padStart(4)}   ${f(s.strict)} ${f(s.relaxed)} ${f(s.value)} ${s.typeAcc.toFixed(1).padStart(5)}`);
  }
  return lines.join("\n");
}

