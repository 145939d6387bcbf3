/**
 * Weekdays with their qualifier and part of day, from a vocabulary: "el lunes pasado", "il prossimo
 * martedì", "domingo à tarde", "afgelopen zondag", "в прошлый понедельник", "в воскресенье вечером".
 * Resolved by TenseResolutionRefiner (anchor "weekday", the qualifier giving a strict direction).
 */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { alt, lookup, type Vocabulary } from "../../vocabulary";
import { prefixPattern } from "../TemporalParser";
import { VocabularyParser } from "./VocabularyParser";

export interface WeekdayWords {
  /** What may stand between the weekday and a part of day ("por la", "à", "'s", "pomeriggio" needs none). */
  podLink?: string;
  /** Weekday + part of day written as one word ("zondagmiddag", "domenica" no): the joining infix, e.g. "" for Dutch. */
  compound?: boolean;
  /** A part of day written before the weekday: the words around it ("(?:la|el)\\s+" before, "del|de" after: "la tarde del domingo"). */
  podOf?: { article: string; link: string };
}

export class WeekdayParser extends VocabularyParser<WeekdayWords> {
  private readonly podBefore?: RegExp;

  constructor(v: Vocabulary, w: WeekdayWords = {}) {
    super(v, w);
    if (w.podOf) this.podBefore = prefixPattern(`(?:${w.podOf.article})?(?<bpod>${alt(v.partsOfDay)})\\s+(?:${w.podOf.link})\\s+`);
  }

  protected innerPattern(): string {
    const qb = alt(this.v.qualifiersBefore);
    const qa = alt(this.v.qualifiersAfter);
    const pod = alt(this.v.partsOfDay);
    const link = this.w.podLink ? `(?:${this.w.podLink})\\s*` : "";
    return (
      `(?:(?<qb>${qb})\\s+)?(?<wd>${alt(this.v.weekdays)})${this.w.compound ? `(?<cpod>${pod})?` : ""}` +
      `(?:\\s+(?<qa>${qa}))?(?:\\s*,?\\s+${link}(?<pod>${pod}))?(?:\\s+(?<qa2>${qa}))?`
    );
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    const wd = lookup(this.v.weekdays, g.wd);
    if (wd === undefined) return null;
    const q = g.qb ? lookup(this.v.qualifiersBefore, g.qb) : lookup(this.v.qualifiersAfter, g.qa ?? g.qa2);
    let pod = lookup(this.v.partsOfDay, g.cpod ?? g.pod);
    let start = match.index!;
    const before = !pod && this.podBefore ? this.before(context, start, this.podBefore) : null;
    if (before) {
      pod = lookup(this.v.partsOfDay, before.groups.bpod);
      start = before.start;
    }
    // "this Monday" has no strict direction: the tense decides.
    const dir = q ? String(q) : undefined;
    const text = context.text.slice(start, match.index! + match[0].length);
    return this.result(context, start, text, { anchor: "weekday", dir, pod, type: pod ? "TIME" : undefined }, { weekday: wd });
  }
}
