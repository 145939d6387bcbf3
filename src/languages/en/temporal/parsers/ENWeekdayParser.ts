/** Bare and qualified weekdays: "Friday", "last Friday", "next Monday", "this Sunday", "Tuesday morning". */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { TemporalParser } from "../../../../temporal/common/parsers/TemporalParser";
import { EN_PARTS_OF_DAY, EN_WEEKDAYS, EN_WEEKDAY_PATTERN } from "../constants";

export class ENWeekdayParser extends TemporalParser {
  protected innerPattern(): string {
    return `(?:(?<mod>early|late)\\s+)?(?:(?<rel>last|next|this\\s+coming|this\\s+past|this|past|coming|previous)\\s+)?(?<wd>${EN_WEEKDAY_PATTERN})(?:\\s+(?<pod>morning|afternoon|evening|night))?`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    const rel = g.rel?.toLowerCase().replace(/^this\s+(coming|past)$/, "$1");
    const m = g.mod?.toLowerCase();
    const mod = m === "early" || m === "earlier" ? "START" : m === "late" || m === "later" ? "END" : undefined;
    let dir = rel === "last" || rel === "past" || rel === "previous" ? "-1" : rel === "next" || rel === "coming" ? "1" : undefined;
    // "Wednesday's ruling", "Saturday night's debate": a possessive weekday names a past event.
    if (!dir && /^['’]s\b/.test(context.text.slice(match.index! + match[0].length, match.index! + match[0].length + 3))) dir = "past";
    const pod = g.pod ? EN_PARTS_OF_DAY[g.pod.toLowerCase()] : undefined;
    return this.result(context, match.index!, match[0], { anchor: "weekday", dir, pod, mod, type: pod ? "TIME" : undefined }, { weekday: EN_WEEKDAYS[g.wd.toLowerCase()] });
  }
}
