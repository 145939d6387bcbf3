/** Converts refined chrono results into TimeML mentions (value, type, granularity, range). */
import type { ParsingComponents, ParsingResult } from "chrono-node";
import type { Granularity, TemporalMention, TimexType } from "../types";
import { isoDay, pad, rangeOfValue, utc, weekValue } from "./calendar";
import { getTimex } from "./timex";

export interface ConvertOptions {
  /** TimeML type of vague references in this locale's corpus convention (French TimeBank: TIME). */
  refType: TimexType;
}

const dayOf = (c: ParsingComponents): Date | null =>
  c.isCertain("day") && c.isCertain("month") && c.isCertain("year") ? utc(c.get("year")!, c.get("month")!, c.get("day")!) : null;

export function toMention(r: ParsingResult, opts: ConvertOptions): TemporalMention | null {
  const info = getTimex(r);
  const base = { start: r.index, end: r.index + r.text.length, text: r.text };
  const mod = info.mod || undefined;
  if (info.value) {
    let type = (info.type as TimexType) ?? "DATE";
    if (/_REF$/.test(info.value) && !info.type) type = opts.refType;
    const gran = (info.gran as Granularity) ?? (type === "DURATION" ? "duration" : type === "SET" ? "set" : "day");
    const m: TemporalMention = { ...base, type, value: info.value, granularity: gran };
    if (mod) m.mod = mod;
    if (type === "DATE" || type === "TIME") {
      const range = info.rangeStart ? { start: info.rangeStart, end: info.rangeEnd ?? info.rangeStart } : rangeOfValue(info.value);
      if (range) m.range = range;
    }
    return m;
  }
  const c = r.start;
  const d = dayOf(c);
  let value: string;
  let type: TimexType = "DATE";
  let gran: Granularity;
  if (d && c.isCertain("hour")) {
    type = "TIME";
    value = `${isoDay(d)}T${pad(c.get("hour")!)}:${pad(c.get("minute") ?? 0)}`;
    gran = c.isCertain("minute") ? "minute" : "hour";
  } else if (d && info.pod) {
    type = "TIME";
    value = `${isoDay(d)}T${info.pod}`;
    gran = "part-of-day";
  } else if (d && info.gran === "week") {
    value = weekValue(d) + (info.weekend ? "-WE" : "");
    gran = "week";
  } else if (d) {
    value = isoDay(d);
    gran = "day";
  } else if (c.isCertain("month") && c.isCertain("year")) {
    value = `${c.get("year")}-${pad(c.get("month")!)}`;
    gran = "month";
  } else if (c.isCertain("year")) {
    value = String(c.get("year"));
    gran = "year";
  } else {
    return null;
  }
  const m: TemporalMention = { ...base, type, value, granularity: gran };
  if (mod) m.mod = mod;
  let range = rangeOfValue(value.replace(/T.*$/, ""));
  const e = r.end ? dayOf(r.end) : null;
  if (range && e) range = { start: range.start, end: isoDay(e) };
  if (range) m.range = range;
  return m;
}
