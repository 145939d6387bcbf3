/**
 * Durations: "zwei Jahren", "fünf Jahre lang", "eineinhalb Stunden" (PT1.5H, KRAUTS writes halves as
 * decimals), "mehr als 20 Jahren" (MORE_THAN), "rund drei Jahren" (APPROX), "drei Jahre und vier Monate"
 * (P3Y4M), "mehrere Jahre", "wenigen Tagen", "den vergangenen Tagen" (PXD), "den letzten zehn Jahren",
 * "jahrelang", "tagelang", "einwöchigen". Ages ("31 Jahre alt", "im Alter von 80 Jahren", "mit 17
 * Jahren") are not durations.
 */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { durationValue, modOf, type DurationConventions } from "../../../../temporal/common/duration";
import { TemporalParser } from "../../../../temporal/common/parsers/TemporalParser";
import { compile } from "../../../../temporal/common/regex";
import { DE_NUMBER, DE_UNIT_PATTERN, parseDeNumber, unitCode } from "../constants";

const MODS: Record<string, string> = {
  "mehr als": "MORE_THAN", über: "MORE_THAN", "weniger als": "LESS_THAN", "knapp": "LESS_THAN", knapper: "LESS_THAN", knappes: "LESS_THAN",
  "fast": "LESS_THAN", beinahe: "LESS_THAN", "gut": "MORE_THAN", "rund": "APPROX", etwa: "APPROX", ungefähr: "APPROX", circa: "APPROX",
  "ca.": "APPROX", "an die": "APPROX", "mindestens": "EQUAL_OR_MORE", "höchstens": "EQUAL_OR_LESS", "bis zu": "EQUAL_OR_LESS", genau: "EXACT",
};
const MOD_PATTERN = "mehr\\s+als|weniger\\s+als|knapp|fast|beinahe|gut|rund|etwa|ungefähr|circa|ca\\.|an\\s+die|mindestens|höchstens|bis\\s+zu|genau";
const VAGUE = "einige[nr]?|mehrere[nr]?|wenige[nr]?|viele[nr]?|etliche[nr]?|zahlreiche[nr]?|(?:den|die|der|in\\s+den)\\s+(?:vergangenen|letzten|nächsten|kommenden|ersten|ganzen)|diese[nr]?|all\\s+diese[nr]?|lange|langen";
/** Adjectives between number and unit ("17 lange Jahre", "360 ehrenamtliche Stunden", "ein knappes Jahr"). */
const ADJ = "(?:lange|langen|knappes|knappe|knappen|gute|guten|ganzes|ganze|ganzen|volle|vollen|weitere|weiteren|ehrenamtliche|schwierige|schwierigen|harte|harten|wertvolles|letzte|letzten|ersten|vergangenen|nächsten|kommenden)\\s+";
const QUANTITY = compile(
  `(?<![\\p{L}\\p{N}])(?:(?<mod>${MOD_PATTERN})\\s+)?(?:(?:(?:den|die|der|in\\s+den)\\s+(?:vergangenen|letzten|nächsten|kommenden|ersten|ganzen)\\s+)?(?<num>${DE_NUMBER})(?:\\s*-)?\\s+(?:${ADJ})?|(?<vague>${VAGUE})\\s+)$`,
  "i",
);
const LANG = "jahrzehntelang|jahrhundertelang|jahrelang|monatelang|wochenlang|tagelang|stundenlang|nächtelang|minutenlang";
const LANG_UNIT: Record<string, string> = { jahrzehnte: "DE", jahrhunderte: "CE", jahre: "Y", monate: "M", wochen: "W", tage: "D", stunden: "H", nächte: "D", minuten: "MIN" };
const ADJ_UNIT: Record<string, string> = { jährig: "Y", monatig: "M", wöchig: "W", tägig: "D", stündig: "H" };

/** KRAUTS (It-TimeML) conventions: halves as decimals (P1.5Y), decades and centuries in their own units, quarters in months. */
export const DE_DURATIONS: DurationConventions = { halves: "decimal", decadesAndCenturies: "own-unit", quarters: "months" };
const deDuration = (n: number | "X", unit: string): string => durationValue(n, unit, DE_DURATIONS);

const AGE_BEFORE = /(?:Alter\s+von|(?:^|\s)(?:mit|ab|unter|über|bis\s+zu)|\(|zwischen\s+\S+\s+und|von\s+(?:knapp\s+)?(?:über\s+)?|im\s+Alter\s+von\s+(?:nur\s+)?)\s*$/i;
const AGE_AFTER = /^\s*(?:alt(?:e[nrms]?)?\b|jung\b|jünger|älter|noch\s+nicht\s+vollendet|\))/;

export class DEDurationParser extends TemporalParser {
  protected innerPattern(): string {
    return (
      `(?<lang>${LANG})(?:e[nrms]?)?` +
      `|(?<an>ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|\\d+)-?(?<adj>jährig|monatig|wöchig|tägig|stündig)(?:e[nrms]?)?` +
      `|(?<unit>${DE_UNIT_PATTERN})(?:\\s+(?:und|,)\\s+(?<n2>${DE_NUMBER})\\s+(?<unit2>${DE_UNIT_PATTERN}))?(?<lang2>\\s+lang)?`
    );
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    const at = match.index!;
    if (g.lang) {
      const u = LANG_UNIT[g.lang.toLowerCase().replace(/lang$/, "")];
      return u ? this.result(context, at, match[0], { type: "DURATION", value: deDuration("X", u), gran: "duration" }) : null;
    }
    if (g.adj) {
      // "der 65-Jährige" (capitalised) is a person of that age; "die dreijährige Amtszeit" a duration.
      if (/^\p{Lu}/u.test(g.adj) || /-J/.test(match[0])) return null;
      const n = /^\d/.test(g.an) ? +g.an : parseDeNumber(g.an);
      if (!isFinite(n) || (ADJ_UNIT[g.adj.toLowerCase()] === "Y" && n > 3 && !/(?:Amtszeit|Laufzeit|Dauer|Frist|Vertrag|Pause)/.test(context.text.slice(at + match[0].length, at + match[0].length + 20)))) return null;
      return this.result(context, at, match[0], { type: "DURATION", value: deDuration(n, ADJ_UNIT[g.adj.toLowerCase()]), gran: "duration" });
    }
    // Units are nouns: capitalised in German ("Tag" but not "tags", "Jahr" not "jahr").
    if (!/^\p{Lu}/u.test(g.unit)) return null;
    const unit = unitCode(g.unit);
    if (!unit || unit === "WE") return null;
    const window = context.text.slice(Math.max(0, at - 60), at);
    const q = QUANTITY.exec(window);
    // "seit Jahren", "vor Jahrzehnten", "über Jahre": a vague span of that unit.
    if (!q && /(?:seit|vor|über|nach)\s+$/i.test(window) && /(?:e|en)$/.test(g.unit) && !/^(?:Woche|Stunde|Minute|Sekunde|Tage?)$/.test(g.unit))
      return this.result(context, at, match[0], { type: "DURATION", value: deDuration("X", unit), gran: "duration" });
    if (!q) return null;
    const qg = q.groups!;
    const i = at - (window.length - q.index);
    const end = at + match[0].length;
    const before = context.text.slice(Math.max(0, i - 24), i);
    const after = context.text.slice(end, end + 12);
    let value: string;
    if (qg.vague && !qg.num) {
      if (!/(?:e|en|n)$/i.test(g.unit) || /^(?:Woche|Stunde|Minute|Sekunde)$/i.test(g.unit)) return null;
      // "diese Tage" / "die ersten Tage" are vague spans; "einige Jahre", "den vergangenen Jahren" too.
      value = deDuration("X", unit);
    } else {
      const n = parseDeNumber(qg.num);
      if (!isFinite(n)) return null;
      if (unit === "Y" && (AGE_BEFORE.test(before) || AGE_AFTER.test(after))) return null;
      if (/^\d/.test(qg.num) && /[.,]\d*$/.test(before)) return null;
      // "ein Tag" is often "one day" (a date-like "eines Tages"); keep it a duration only with a quantity cue.
      value = deDuration(n, unit);
      if (g.unit2) {
        const n2 = parseDeNumber(g.n2);
        const u2 = unitCode(g.unit2);
        if (isFinite(n2) && u2 && u2 !== unit) value = `${value}${deDuration(n2, u2).replace(/^PT?/, "")}`;
      }
    }
    const lead = /^in\s+/i.exec(context.text.slice(i, end))?.[0].length ?? 0;
    const text = context.text.slice(i + lead, end);
    return this.result(context, i + lead, text, { type: "DURATION", value, mod: modOf(MODS, qg.mod), gran: "duration" });
  }
}
