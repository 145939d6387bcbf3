/**
 * Nights named by the two days they join, from a vocabulary: "la noche del martes al miércoles",
 * "la notte tra martedì e mercoledì", "a noite de terça para quarta-feira", "de nacht van dinsdag op
 * woensdag", "в ночь со вторника на среду" → the night of the first day (…TNI); and, where the
 * language says it, the night before a day alone ("в ночь на среду" → Tuesday night).
 */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { alt, lookup } from "../../vocabulary";
import { VocabularyParser } from "./VocabularyParser";

export interface NightSpanWords {
  /** The night noun with its article ("la\\s+noche|la\\s+madrugada", "de\\s+nacht", "в\\s+ночь"). Regex source. */
  night: string;
  /** Before the first day ("del|de", "tra", "van", "со?"). */
  from: string;
  /** Before the second day ("al|a", "e", "op", "на"). */
  to: string;
  /** Before a day alone, naming the night that ends on it ("на"). */
  toOnly?: string;
}

export class NightSpanParser extends VocabularyParser<NightSpanWords> {
  protected override trigger(): string {
    return this.w.night;
  }

  protected innerPattern(): string {
    const wd = alt(this.v.weekdays);
    const w = this.w;
    return `(?:${w.night})\\s+(?:(?:${w.from})\\s+(?<first>${wd})\\s+(?:${w.to})\\s+(?<second>${wd})|(?:${w.toOnly ?? "(?!)"})\\s+(?<alone>${wd}))`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    const first = lookup(this.v.weekdays, g.first);
    const second = lookup(this.v.weekdays, g.second ?? g.alone);
    if (second === undefined || (g.first && first !== (second + 6) % 7)) return null;
    return this.result(context, match.index!, match[0], { anchor: "weekday", pod: "NI", type: "TIME" }, { weekday: (second + 6) % 7 });
  }
}
