/**
 * Temporal tagger entry point. FIRST VERSION: plain chrono-node casual parsers behind the contract;
 * issue 3 replaces the internals (locale extensions, tense-aware resolution) keeping `tag`'s signature.
 */
import * as chrono from "chrono-node";
import type { Granularity, TagOptions, TemporalMention } from "./types";

export type { Granularity, TagOptions, TemporalMention, TimexType } from "./types";

const pad = (n: number, w = 2) => String(n).padStart(w, "0");
const isoDay = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

export function tag(text: string, opts: TagOptions): TemporalMention[] {
  const ref = typeof opts.referenceDate === "string" ? new Date(opts.referenceDate) : opts.referenceDate;
  const parser = opts.language.toLowerCase().startsWith("fr") ? chrono.fr : chrono.en;
  const results = parser.parse(text, { instant: ref, timezone: 0 }, { forwardDate: false });
  return results.map((r) => {
    const s = r.start;
    let granularity: Granularity = "day";
    let value: string;
    const d = s.date();
    if (!s.isCertain("day") && s.isCertain("month")) {
      granularity = "month";
      value = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
    } else if (!s.isCertain("day") && !s.isCertain("month") && !s.isCertain("weekday") && s.isCertain("year")) {
      granularity = "year";
      value = String(d.getUTCFullYear());
    } else {
      value = isoDay(d);
    }
    const end = r.end ? isoDay(r.end.date()) : value.length === 10 ? value : isoDay(d);
    return {
      start: r.index,
      end: r.index + r.text.length,
      text: r.text,
      type: "DATE" as const,
      value,
      granularity,
      range: { start: isoDay(d), end },
    };
  });
}
