/**
 * Temporal tagger: TimeML temporal expressions (DATE, TIME, DURATION, SET) in news text.
 *
 * Built the way chrono-node extends itself. Each language is a locale in its language pack
 * (`src/languages/<lang>/temporal/index.ts`, registered once in `src/languages/index.ts`) that clones chrono's casual configuration for that language, keeps
 * the numeric/format parsers worth keeping, and adds the tagger's parsers (one per file in
 * `src/languages/<lang>/temporal/parsers/`, on the shared base `common/parsers/TemporalParser`) and refiners.
 * Parsers attach TimeML facts to chrono components as `tx:` tags (`common/timex.ts`); refiners
 * then resolve overlaps (`LongestMatchRefiner`), keep chrono's merges away from fixed values
 * (`GuardedRefiner`), drop false friends, and resolve underspecified dates against the reference
 * date in the direction of the clause's tense (`TenseResolutionRefiner` + `locales/<lang>/tense.ts`).
 * `common/convert.ts` turns the refined results into mentions (value, type, granularity, range).
 *
 * Pure TypeScript, no Workers/Node APIs: runs in workerd and Node.
 */
import type { ParsingResult } from "chrono-node";
import { toMention } from "./common/convert";
import { getLocale } from "./registry";
import type { TagOptions, TemporalMention } from "./types";

export type { Granularity, TagOptions, TemporalMention, TimexType } from "./types";
export { supportedLanguages } from "../languages";

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
    const mention = toMention(r, loc);
    if (mention) out.push(mention);
  }
  return out;
}
