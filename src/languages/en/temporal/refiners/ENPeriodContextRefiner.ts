/**
 * Financial news speaks in quarters: "the quarter" is the quarter in focus (last mentioned), and
 * "a year earlier" / "year-ago" is the same quarter one year before when a quarter is in focus,
 * otherwise the previous year. A period ahead of the reference
 * (a forecast) does not move the focus.
 */
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { tenseAt, type Cue } from "../../../../temporal/common/tense";
import { getTimex, setTimex } from "../../../../temporal/common/timex";
import { EN_TENSE } from "../tense";

export class ENPeriodContextRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    type Quarter = { y: number; q: number };
    let focus: Quarter | null = null;
    let lastQ: Quarter | null = null;
    const cues = new Map<string, Cue[]>();
    const ref = +context.refDate;
    for (const r of results) {
      const info = getTimex(r);
      const qm = info.value ? /^(\d{4})-Q([1-4])$/.exec(info.value) : null;
      if (info.offset === "Q0") {
        if (lastQ) setTimex(r.start, { value: `${lastQ.y}-Q${lastQ.q}` });
        continue;
      }
      if (info.offset?.startsWith("QY")) {
        // "the 1988 quarter/period": the quarter in focus, in that year.
        if (lastQ) setTimex(r.start, { value: `${info.offset.slice(2)}-Q${lastQ.q}`, gran: "quarter" });
        continue;
      }
      if (info.offset === "Y-1") {
        const f: Quarter | null = /quarter/i.test(r.text) ? lastQ : focus;
        if (f) {
          focus = f;
          setTimex(r.start, { value: `${f.y - 1}-Q${f.q}`, gran: "quarter" });
        }
        continue;
      }
      // "… compared with $33 million last year": in a quarterly comparison, last year's same quarter.
      if (focus && /^last\s+year$/i.test(r.text) && /(?:compared\s+with|from|versus|vs\.|against)\s[^.;]*$/i.test(context.text.slice(Math.max(0, r.index - 60), r.index))) {
        setTimex(r.start, { value: `${focus.y - 1}-Q${focus.q}`, gran: "quarter" });
        continue;
      }
      // A period ahead of the reference ("losses through the third quarter of 1990", "the first two
      // quarters of 1990") is a forecast, not the reported period: it neither takes nor moves the focus.
      // A quarter not yet over is a forecast too when its clause looks forward ("will decline in the fourth
      // quarter"), not when it is reported or said to have ended ("fourth quarter ended Sept. 30": fiscal).
      const vy = info.value ? /^(\d{4})/.exec(info.value)?.[1] : r.start.isCertain("year") ? r.start.get("year") : undefined;
      const end = r.index + r.text.length;
      const ahead = qm
        ? Date.UTC(+qm[1], (+qm[2] - 1) * 3, 1) > ref ||
          (Date.UTC(+qm[1], +qm[2] * 3, 1) > ref &&
            !/^\s*(?:ended|ending|ends|that\s+ended)\b/i.test(context.text.slice(end, end + 16)) &&
            tenseAt(EN_TENSE, context.text, r.index, end, 0, cues) > 0)
        : vy != null && +vy > context.refDate.getUTCFullYear();
      if (ahead) continue;
      if (qm) focus = lastQ = { y: +qm[1], q: +qm[2] };
      // A later non-quarter period ("the first nine months", "1989", "the year") moves the focus off quarters.
      else if (info.value && /^(?:P\d+M|P1Y|\d{4})$/.test(info.value)) focus = null;
      else if (!info.value && r.start.isCertain("year") && !r.start.isCertain("month")) focus = null;
    }
    return results;
  }
}
