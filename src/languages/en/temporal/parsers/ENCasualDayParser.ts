/** Deictic days: "today", "yesterday (morning)", "mid-afternoon yesterday", "tomorrow", "tonight", "this morning", "last night", "late yesterday"; generic "today's youth", "the people of tomorrow". */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { addDays, utc } from "../../../../temporal/common/calendar";
import { TemporalParser } from "../../../../temporal/common/parsers/TemporalParser";
import { EN_PARTS_OF_DAY } from "../constants";

/** Nouns for which "today's"/"tomorrow's" means nowadays/the future ("today's youth", "tomorrow's world"). */
const GENERIC_NOUNS = "world|society|youth|young|generation|children|kids|teenagers|families|consumers|students|workers|women|men|computers|technology|technologies|economy|culture|politics|standards|life|lives|times|age|era|leaders|army|military|market|markets|business|industry";

export class ENCasualDayParser extends TemporalParser {
  protected override trigger(): string {
    return "today|yesterday|tomorrow|tonight|overnight|morning|afternoon|evening|night";
  }

  protected innerPattern(): string {
    return (
      `(?:(?<mod>late|early|earlier|later)\\s+|(?:(?<premod>mid|late|early)[-\\s]?)?(?<prepod>morning|afternoon|evening)\\s+(?=yesterday|today|tomorrow))?(?:(?<day>the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow|today|yesterday|tomorrow)(?:\\s+(?<pod>morning|afternoon|evening|night))?` +
      `|(?<tonight>tonight|overnight)|(?:this|last)\\s+(?<pod2>morning|afternoon|evening|night))`
    );
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    const word = (g.day ?? "today").toLowerCase().replace(/\s+/g, " ");
    let off = /before yesterday/.test(word) ? -2 : /after tomorrow/.test(word) ? 2 : word === "yesterday" ? -1 : word === "tomorrow" ? 1 : 0;
    if (/^last\s+night/i.test(match[0])) off = -1;
    // "the people of tomorrow", "today's youth": the present or the future at large, not a day.
    const i = match.index!;
    const end = i + match[0].length;
    if ((word === "today" || word === "tomorrow") && !g.pod && !g.mod && !g.prepod) {
      const head = context.text.slice(Math.max(0, i - 30), i);
      const generic =
        (/\b(?:the|a|an)\s+\p{L}{3,}\s+of\s+$/iu.test(head) &&
          !/\b(?:end|start|beginning|rest|close|middle|course|morning|afternoon|evening|night|events?|session|meeting|edition|issue)\s+of\s+$/i.test(head)) ||
        new RegExp(`^['’]s\\s+(?:\\p{L}+\\s+)?(?:${GENERIC_NOUNS})(?![\\p{L}])`, "iu").test(context.text.slice(end, end + 24));
      if (generic) return this.result(context, i, match[0], { value: word === "today" ? "PRESENT_REF" : "FUTURE_REF", gran: "vague" });
    }
    const r = context.refDate;
    const d = addDays(utc(r.getUTCFullYear(), r.getUTCMonth() + 1, r.getUTCDate()), off);
    const podWord = g.pod ?? g.pod2 ?? g.prepod;
    const pod = g.tonight ? "NI" : podWord ? EN_PARTS_OF_DAY[podWord.toLowerCase()] : undefined;
    const m = (g.mod ?? g.premod)?.toLowerCase();
    const mod = m === "late" || m === "later" ? "END" : m === "early" || m === "earlier" ? "START" : m === "mid" ? "MID" : undefined;
    return this.result(context, match.index!, match[0], { pod, type: pod ? "TIME" : undefined, gran: "day", mod }, {
      year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(),
    });
  }
}
