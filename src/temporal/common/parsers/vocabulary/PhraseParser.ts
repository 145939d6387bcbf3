/**
 * Fixed calendar phrases from a table: deictic days ("ayer", "вчера вечером"), relative weeks, months
 * and years ("la semana pasada", "l'anno scorso", "volgend jaar", "в прошлом году"), weekends, parts of
 * the day in focus ("por la tarde"), days relative to the day in focus ("al día siguiente", "la
 * víspera") and vague references ("actualmente" PRESENT_REF). One entry per phrase; an optional mod
 * word before it ("finales de", "fine", "eind", "в конце") is read backwards.
 */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { addDays, mondayOf, utc, weekValue } from "../../calendar";
import type { TimexInfo } from "../../timex";
import { alt, lookup, type Vocabulary } from "../../vocabulary";
import { TemporalParser, prefixPattern } from "../TemporalParser";

export interface Phrase {
  /** Regex source of the phrase (case-insensitive, no named groups). */
  pattern: string;
  /** day (ref + offset days), week, weekend, month, year (ref + offset), ref (vague), focus-day / focus-pod (relative to the day in focus). */
  unit: "day" | "week" | "weekend" | "month" | "year" | "ref" | "focus-day" | "focus-pod";
  offset?: number;
  /** PRESENT_REF, PAST_REF or FUTURE_REF for unit "ref". */
  value?: string;
  pod?: string;
  /** A mod written inside the phrase ("fine mese" → END). */
  mod?: string;
}

export class PhraseParser extends TemporalParser {
  private readonly mod: RegExp;

  constructor(
    private readonly phrases: Phrase[],
    private readonly v: Vocabulary,
    modLink = "\\s+",
  ) {
    super();
    this.mod = prefixPattern(`(?<mod>${alt(v.mods)})(?:${modLink})`);
  }

  protected innerPattern(): string {
    return this.phrases.map((p, k) => `(?<p${k}>${p.pattern})`).join("|");
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const k = this.phrases.findIndex((_, j) => match.groups![`p${j}`] !== undefined);
    const p = this.phrases[k];
    if (!p) return null;
    const pre = p.unit === "week" || p.unit === "month" || p.unit === "year" ? this.before(context, match.index!, this.mod) : null;
    const start = pre?.start ?? match.index!;
    const text = context.text.slice(start, match.index! + match[0].length);
    const mod = lookup(this.v.mods, pre?.groups.mod) ?? p.mod;
    const r = context.refDate;
    const ref = utc(r.getUTCFullYear(), r.getUTCMonth() + 1, r.getUTCDate());
    const off = p.offset ?? 0;
    const info: TimexInfo = { mod, pod: p.pod, type: p.pod ? "TIME" : undefined };
    switch (p.unit) {
      case "ref":
        return this.result(context, start, text, { ...info, value: p.value ?? "PRESENT_REF", gran: "vague", type: "DATE" });
      case "focus-day":
      case "focus-pod":
        return this.result(context, start, text, { ...info, anchor: "previous", offset: String(off), gran: p.unit === "focus-day" ? "day" : undefined }, {});
      case "day": {
        const d = addDays(ref, off);
        return this.result(context, start, text, { ...info, gran: "day" }, { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
      }
      case "week":
        return this.result(context, start, text, { ...info, value: weekValue(addDays(mondayOf(ref), 7 * off)), gran: "week" });
      case "weekend": {
        // Without a qualifier (offset 0) the tense decides which weekend: anchored on its Saturday.
        if (!off) return this.result(context, start, text, { ...info, anchor: "weekday", gran: "week", weekend: "1" }, { weekday: 6 });
        const sat = addDays(ref, off < 0 ? -(((ref.getUTCDay() + 1) % 7) || 7) : ((6 - ref.getUTCDay() + 7) % 7) || 7);
        return this.result(context, start, text, { ...info, value: `${weekValue(sat)}-WE`, gran: "week" });
      }
      case "month": {
        const d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() + off, 1, 12));
        return this.result(context, start, text, { ...info, gran: "month" }, { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 });
      }
      case "year":
        return this.result(context, start, text, { ...info, gran: "year" }, { year: ref.getUTCFullYear() + off });
    }
    return null;
  }
}
