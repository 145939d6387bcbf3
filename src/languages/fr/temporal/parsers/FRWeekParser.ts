/** Weeks and weekends: "cette semaine", "la semaine prochaine/dernière", "le week-end dernier", "ce week-end", "en fin de semaine", "la fin de la semaine prochaine". */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { addDays, mondayOf, utc, weekValue } from "../../../../temporal/common/calendar";
import { TemporalParser } from "../../../../temporal/common/parsers/TemporalParser";

export class FRWeekParser extends TemporalParser {
  protected override trigger(): string {
    return "semaine|week";
  }

  protected innerPattern(): string {
    return `(?:(?:la\\s+)?(?<mod>début|fin|milieu)\\s+de\\s+)?(?:(?<this>cette\\s+semaine|ce\\s+week-?end)|(?:(?:la\\s+)?semaine|le\\s+week-?end)\\s+(?<rel>dernière|dernier|passée|passé|précédente|prochaine|prochain|suivante)|(?<cur>(?:la\\s+)?semaine)(?!\\s+(?:derni|pass|précéd|proch|suiv|du|de|d['’]|où|qui)))`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    // "en fin de semaine", "la fin de la semaine": the current week, only with début/fin/milieu.
    if (g.cur && !g.mod) return null;
    const rel = g.rel?.toLowerCase() ?? "";
    const off = /^(dern|pass|préc)/.test(rel) ? -7 : /^(proch|suiv)/.test(rel) ? 7 : 0;
    const r = context.refDate;
    const d = addDays(mondayOf(utc(r.getUTCFullYear(), r.getUTCMonth() + 1, r.getUTCDate())), off);
    const we = /week/i.test(match[0]);
    const value = weekValue(d) + (we ? "-WE" : "");
    const mod = g.mod ? ({ début: "START", fin: "END", milieu: "MID" } as Record<string, string>)[g.mod.toLowerCase()] : undefined;
    return this.result(context, match.index!, match[0], { value, gran: "week", mod });
  }
}
