/**
 * Temporal tagger: TimeML-style temporal expressions for news text, built on chrono-node's
 * architecture (cloned locale configurations + one parser/refiner per file, per locale).
 */
import type { ParsingResult } from "chrono-node";
import { toMention } from "./common/convert";
import { getLocale, registerLocale } from "./registry";
import { createFrenchLocale } from "./locales/fr";
import { createEnglishLocale } from "./locales/en";
import type { TagOptions, TemporalMention } from "./types";

export type { Granularity, TagOptions, TemporalMention, TimexType } from "./types";
export { registerLocale, registeredLanguages } from "./registry";

registerLocale("fr", createFrenchLocale);
registerLocale("en", createEnglishLocale);

export function tag(text: string, opts: TagOptions): TemporalMention[] {
  const m = typeof opts.referenceDate === "string" ? /^(\d{4})-(\d{2})-(\d{2})/.exec(opts.referenceDate) : null;
  const ref = m
    ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]))
    : typeof opts.referenceDate === "string"
      ? new Date(opts.referenceDate)
      : opts.referenceDate;
  const instant = isNaN(+ref) ? new Date() : ref;
  // Work on the calendar day of the reference (UTC) at noon, as chrono implies 12:00 for dates.
  const day = new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate(), 12));
  const loc = getLocale(opts.language);
  const results = loc.chrono.parse(text, { instant: day, timezone: 0 }) as ParsingResult[];
  const out: TemporalMention[] = [];
  for (const r of results) {
    const m = toMention(r, loc);
    if (m) out.push(m);
  }
  return out;
}
