/**
 * Years relative to the reference: "heuer", "dieses Jahr", "in diesem Jahr", "im laufenden Jahr",
 * "im vergangenen Jahr", "letztes Jahr", "vorigen Jahres", "im Vorjahr", "nächstes Jahr", "im kommenden
 * Jahr", "Ende dieses Jahres", "Mitte nächsten Jahres"; "Anfang des Jahres", "im selben Jahr" take the year in focus.
 */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { TemporalParser } from "../../../../temporal/common/parsers/TemporalParser";
import { DE_MOD_PATTERN, DE_NEXT_ADJ, DE_PAST_ADJ, adjDirection, modCode } from "../constants";

export class DERelativeYearParser extends TemporalParser {
  protected override trigger(): string {
    return "jahr|heuer";
  }

  protected innerPattern(): string {
    return (
      `(?:(?<mod>${DE_MOD_PATTERN})\\s+)?(?:` +
      `(?<heuer>heuer)|(?<vj>Vorjahr(?:es|s)?)` +
      `|(?:(?:im|in\\s+diesem|diese[snm]?|das|des|dem)\\s+)?(?<adj>${DE_PAST_ADJ}|${DE_NEXT_ADJ}|diese[snm]?|laufende[nm]?|vorvergangene[nm]?|vorletzte[nm]?|übernächste[nm]?)\\s+Jahr(?:es|s)?` +
      `|(?<this>(?:in\\s+)?diese[snm]\\s+Jahr(?:es|s)?)` +
      `|(?<focus>(?:des|im)\\s+(?:selben|gleichen)\\s+Jahr(?:es|s)?|des\\s+Jahres(?!\\s+(?:\\d|19|20))))`
    );
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    const mod = modCode(g.mod);
    if (g.focus && !/selben|gleichen/.test(g.focus) && !mod) return null;
    let index = match.index!;
    let text = match[0];
    // KRAUTS leaves the preposition "im" outside ("im vergangenen Jahr" → "vergangenen Jahr").
    const lead = !g.mod ? /^(?:im|in)\s+/i.exec(text)?.[0].length ?? 0 : 0;
    index += lead;
    text = text.slice(lead);
    if (g.focus) return this.result(context, index, text, { anchor: "previous", gran: "year", offset: "0", mod }, {});
    let off = 0;
    if (g.vj) off = -1;
    else if (g.adj) {
      const a = g.adj.toLowerCase();
      off = /^(?:vorvergangen|vorletzt)/.test(a) ? -2 : /^übernächst/.test(a) ? 2 : adjDirection(a);
    }
    const y = context.refDate.getUTCFullYear() + off;
    return this.result(context, index, text, { gran: "year", mod }, { year: y });
  }
}
