/**
 * Clock times from a locale's words: "a las 18:30", "alle 9", "às 14h30", "om 18.00 uur", "в 18:00",
 * "18 horas", "hacia las 10" (APPROX). A number is a clock time only with a cue before, a unit after, or
 * written hh:mm; scores ("2:1") and amounts are not.
 */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { TemporalParser } from "../TemporalParser";

export interface ClockWords {
  /** Before the hour ("a\\s+las|a\\s+la|desde\\s+las"). */
  before: string;
  /** Approximate cue before the hour ("hacia\\s+las|sobre\\s+las|verso\\s+le|около"). */
  approx?: string;
  /** After the hour ("horas|h|hs|uur|u|часов|часа|ч"). */
  after: string;
  /** Midday and midnight words → hour ("mediodía" → 12). */
  named?: Record<string, number>;
  /** Whether a cue and a bare hour make a clock time ("a las 10", "alle 9"); false where the cue is a
   * general preposition ("в 20 странах"): then minutes or a unit word are needed. */
  bareHour?: boolean;
  /** Half of the day after the time ("a las 8 de la tarde" → 20:00, "в 3 часа дня"): morning, afternoon/evening, night (hours from 6 are evening). */
  dayHalf?: { am?: string; pm?: string; night?: string };
}

export class ClockTimeParser extends TemporalParser {
  constructor(private readonly w: ClockWords) {
    super();
  }

  protected innerPattern(): string {
    const w = this.w;
    const named = w.named ? Object.keys(w.named).join("|") : "(?!)";
    return (
      `(?:(?<approx>${w.approx ?? "(?!)"})\\s+|(?<pre>${w.before})\\s+)?(?<h>[01]?\\d|2[0-4])(?:(?<sep>[:.h])(?<m>[0-5]\\d))?(?:\\s*(?<post>${w.after})(?![\\p{L}]))?` +
      `(?:\\s+(?:(?<am>${w.dayHalf?.am ?? "(?!)"})|(?<pm>${w.dayHalf?.pm ?? "(?!)"})|(?<night>${w.dayHalf?.night ?? "(?!)"}))(?![\\p{L}]))?` +
      `|(?<named>${named})`
    );
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    if (g.named) {
      const hour = this.w.named![g.named.toLowerCase()];
      return hour === undefined ? null : this.result(context, match.index!, match[0], { type: "TIME" }, { hour, minute: 0 });
    }
    const cue = g.pre ?? g.approx;
    // "18.30" alone is a number; "18:30" and "14h30" are times; "3" alone nothing.
    if (!cue && !g.post && g.sep !== ":" && g.sep !== "h") return null;
    if (g.sep === ":" && !cue && !g.post && /^\s*\(|^\s*[-–]\s*\d/.test(context.text.slice(match.index! + match[0].length, match.index! + match[0].length + 4))) return null;
    const half = g.am ?? g.pm ?? g.night;
    if (!g.m && !g.post && !half && this.w.bareHour === false) return null;
    if (!g.m && !g.post && !half && !/^\s*(?:[.,;:)!?]|\s+(?:\p{Ll}|$))/u.test(context.text.slice(match.index! + match[0].length, match.index! + match[0].length + 3))) return null;
    let hour = +g.h;
    if (hour === 24 || ((g.am || g.night) && hour === 12)) hour = 0;
    if ((g.pm && hour < 12) || (g.night && hour >= 6 && hour < 12)) hour += 12;
    return this.result(context, match.index!, match[0], { type: "TIME", mod: g.approx ? "APPROX" : undefined }, { hour, minute: +(g.m ?? 0) });
  }
}
