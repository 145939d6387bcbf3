/**
 * "around 7:15 p.m.", "around Nov. 1": TimeBank keeps "around" inside the extent of dates and times
 * (mod APPROX). Durations handle their own quantifiers (ENDurationParser); "about" stays outside.
 */
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { getTimex, setTimex } from "../../../../temporal/common/timex";

const AROUND = /(?:^|[^A-Za-z])(around\s+)$/i;

export class ENApproxRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      if (r.index < 7) continue;
      const m = AROUND.exec(context.text.slice(r.index - 8, r.index));
      if (!m) continue;
      // "get around Wednesday's ruling": "around" governs the noun phrase, not the date.
      if (/^['’]s\b/.test(context.text.slice(r.index + r.text.length, r.index + r.text.length + 3))) continue;
      const info = getTimex(r);
      if (info.type === "DURATION" || info.type === "SET" || /_REF$/.test(info.value ?? "")) continue;
      r.index -= m[1].length;
      r.text = context.text.slice(r.index, r.index + m[1].length + r.text.length);
      if (!info.mod) setTimex(r.start, { mod: "APPROX" });
    }
    return results;
  }
}
