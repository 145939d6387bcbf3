/** Deictic days: "hier", "aujourd'hui (vendredi)", "demain", "avant-hier", "après-demain", "hier soir", "ce matin", "cette nuit"; generic "les jeunes d'aujourd'hui", "l'Europe de demain". */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { addDays, utc } from "../../../../temporal/common/calendar";
import { TemporalParser } from "../../../../temporal/common/parsers/TemporalParser";
import { FR_WEEKDAY_PATTERN, podCode } from "../constants";

const OFFSET: Record<string, number> = { "avant-hier": -2, hier: -1, "aujourd'hui": 0, demain: 1, "après-demain": 2 };

/** Nouns after which "d'aujourd'hui"/"de demain" mean nowadays/the future ("les jeunes d'aujourd'hui"). */
const FR_GENERIC_NOUNS = /^(?:monde|société|sociétés|jeunes|jeunesse|génération|générations|enfants|femmes|hommes|citoyens|familles|entreprises|économie|industrie|villes?|villages?|agriculture|école|médecine|technologies?|armée|politique|défis|enjeux|problèmes|métiers|emplois|consommateurs|électeurs)$/iu;

export class FRCasualDayParser extends TemporalParser {
  protected override trigger(): string {
    return "hier|aujourd|demain|matin|soir|nuit|après-midi";
  }

  protected innerPattern(): string {
    return (
      `(?:(?<day>avant-hier|après-demain|aujourd['’]hui|hier|demain)(?:\\s+(?:${FR_WEEKDAY_PATTERN}))?(?:\\s+(?:en\\s+)?(?<pod>matin|après-midi|soir|midi|dans\\s+la\\s+soirée|dans\\s+la\\s+matinée|dans\\s+la\\s+nuit))?)` +
      `|(?:(?:ce|cet|cette)\\s+(?<pod2>matin|après-midi|soir|nuit|soirée|matinée))`
    );
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    const key = (g.day ?? "aujourd'hui").toLowerCase().replace("’", "'");
    // "Aujourd'hui, la ville a changé": set off by commas, "aujourd'hui" means nowadays, not the day.
    const i = match.index!;
    if (g.day && key === "aujourd'hui" && match[0].length <= 12 && /^\s*,/.test(context.text.slice(i + match[0].length, i + match[0].length + 2)) && /(?:^|[.!?,«]\s*)$/.test(context.text.slice(Math.max(0, i - 3), i)))
      return this.result(context, i, match[0], { value: "PRESENT_REF", gran: "vague" });
    // "les jeunes d'aujourd'hui", "l'Europe de demain": after a generic noun or a place name, the present or
    // the future at large ("le journal d'aujourd'hui" stays the day).
    if (g.day && match[0].length <= 12 && (key === "aujourd'hui" || key === "demain")) {
      const head = context.text.slice(Math.max(0, i - 30), i);
      const noun = /(\p{L}+)\s+d(?:e\s+|['’])$/u.exec(head)?.[1];
      if (noun && (FR_GENERIC_NOUNS.test(noun) || (/^\p{Lu}/u.test(noun) && /(?:^|[\s'’])(?:l['’]|la|le|les|du|de\s+la)\s*\p{L}+\s+d(?:e\s+|['’])$/iu.test(head))))
        return this.result(context, i, match[0], { value: key === "demain" ? "FUTURE_REF" : "PRESENT_REF", gran: "vague" });
    }
    const r = context.refDate;
    const d = addDays(utc(r.getUTCFullYear(), r.getUTCMonth() + 1, r.getUTCDate()), OFFSET[key] ?? 0);
    const podWord = (g.pod ?? g.pod2)?.toLowerCase().replace(/^dans\s+la\s+/, "");
    const pod = podWord ? podCode(podWord) : undefined;
    return this.result(context, match.index!, match[0], { pod, type: pod ? "TIME" : undefined, gran: "day" }, {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
    });
  }
}
