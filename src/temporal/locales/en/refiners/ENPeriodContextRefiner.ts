/**
 * Financial news speaks in quarters: "the quarter" is the quarter in focus (last mentioned), and
 * "a year earlier" / "year-ago" is the same quarter one year before when a quarter is in focus,
 * otherwise the previous year.
 */
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { getTimex, setTimex } from "../../../common/timex";

export class ENPeriodContextRefiner implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    type Quarter = { y: number; q: number };
    let focus: Quarter | null = null;
    let lastQ: Quarter | null = null;
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
      if (focus && /^last\s+year$/i.test(r.text) && /(?:compared\s+with|from|versus|vs\.|against)\s[^.;]*$/i.test(_context.text.slice(Math.max(0, r.index - 60), r.index))) {
        setTimex(r.start, { value: `${focus.y - 1}-Q${focus.q}`, gran: "quarter" });
        continue;
      }
      if (qm) focus = lastQ = { y: +qm[1], q: +qm[2] };
      // A later non-quarter period ("the first nine months", "1989", "the year") moves the focus off quarters.
      else if (info.value && /^(?:P\d+M|P1Y|\d{4})$/.test(info.value)) focus = null;
      else if (!info.value && r.start.isCertain("year") && !r.start.isCertain("month")) focus = null;
    }
    return results;
  }
}
