/**
 * Portuguese locale: chrono's casual Portuguese configuration (its ISO and numeric day-first formats
 * kept) extended with the table-driven parsers of common/parsers/vocabulary, fed with Portuguese words
 * (vocabulary.ts), and the shared refiners with Portuguese tense cues (tense.ts).
 */
import * as chrono from "chrono-node";
import { buildConfiguration } from "../../../temporal/common/configuration";
import { AgoParser } from "../../../temporal/common/parsers/vocabulary/AgoParser";
import { BareDayParser } from "../../../temporal/common/parsers/vocabulary/BareDayParser";
import { ClockTimeParser } from "../../../temporal/common/parsers/vocabulary/ClockTimeParser";
import { DayMonthParser } from "../../../temporal/common/parsers/vocabulary/DayMonthParser";
import { DecadeParser } from "../../../temporal/common/parsers/vocabulary/DecadeParser";
import { DurationParser } from "../../../temporal/common/parsers/vocabulary/DurationParser";
import { HolidayParser } from "../../../temporal/common/parsers/vocabulary/HolidayParser";
import { MonthParser } from "../../../temporal/common/parsers/vocabulary/MonthParser";
import { PhraseParser } from "../../../temporal/common/parsers/vocabulary/PhraseParser";
import { SeasonParser } from "../../../temporal/common/parsers/vocabulary/SeasonParser";
import { SetParser } from "../../../temporal/common/parsers/vocabulary/SetParser";
import { NightSpanParser } from "../../../temporal/common/parsers/vocabulary/NightSpanParser";
import { QuarterParser } from "../../../temporal/common/parsers/vocabulary/QuarterParser";
import { WeekdayParser } from "../../../temporal/common/parsers/vocabulary/WeekdayParser";
import { YearParser } from "../../../temporal/common/parsers/vocabulary/YearParser";
import { RangeOrderRefiner } from "../../../temporal/common/refiners/RangeOrderRefiner";
import { TenseResolutionRefiner } from "../../../temporal/common/refiners/TenseResolutionRefiner";
import { alt } from "../../../temporal/common/vocabulary";
import type { TemporalLocale } from "../../../temporal/registry";
import { PTFalseFriendFilter } from "./refiners/PTFalseFriendFilter";
import { PT_TENSE } from "./tense";
import { PT_EASTER_HOLIDAYS, PT_FIXED_HOLIDAYS, PT_PHRASES, PT_PLURAL_WEEKDAYS, PT_VOCABULARY as V } from "./vocabulary";

const KEEP = ["ISOFormatParser", "SlashDateFormatParser"];

const PT_RANGE_WORDS = {
  weekday: new RegExp(`^(?:${alt(V.weekdays)})$`, "iu"),
  month: new RegExp(`^(?:${alt(V.months)})$`, "iu"),
  opener: /(?:^|[^\p{L}])(?:de|da|do|entre)\s*$/iu,
  link: /^\s*(?:a|à|ao|até|e|[-–])\s*$/iu,
};

/**
 * "há"/"faz" + quantity is "ago" after a past verb ("foi eleito há dois anos") but "for" after a present
 * one ("está isolado há vinte anos", "vive há dez anos em Lisboa"): the duration parser reads those.
 */
const PT_AGO_CUE = "(?<!(?:desde|está|estão|é|são|vive|vivem|mora|moram|tem|têm|existe|existem|dura|duram|espera|esperam|aguarda|aguardam|luta|lutam|trabalha|trabalham|governa|governam|reina|continua|continuam|permanece|permanecem)\\s+(?:\\p{L}+\\s+)?)(?:há|ha|faz)";

export function createPortugueseLocale(): TemporalLocale {
  const config = buildConfiguration(
    chrono.pt.createCasualConfiguration(true),
    KEEP,
    [
      new NightSpanParser(V, { night: "(?:a\\s+)?(?:noite|madrugada)", from: "de", to: "para" }),
      new QuarterParser({ ordinals: { primeiro: 1, segundo: 2, terceiro: 3, quarto: 4 }, quarter: "trimestre", half: "semestre", yearLink: "\\s+de\\s+" }),
      new DayMonthParser(V, { daySuffix: "º|°", firstDay: "primeiro", dayMonth: "\\s+de\\s+", monthYear: "\\s+de\\s+|,?\\s+", rangeOpen: "de|entre|do\\s+dia|dos\\s+dias", rangeLink: "a|e|até|[-–]", weekdayLink: "\\s*,?\\s*(?:\\(|dia\\s+)?" }),
      new WeekdayParser(V, { podLink: "(?:à|de|pela|na)", podOf: { article: "(?:a|na|pela)\\s+", link: "de|do|da" } }),
      new PhraseParser(PT_PHRASES, V, "\\s+(?:de|do|da)\\s+"),
      new MonthParser(V, { modLink: "\\s+(?:de\\s+)?", monthYear: "\\s+de\\s+|\\s+", monthOf: "(?:o\\s+)?mês\\s+de" }),
      new YearParser(V, { yearWord: "(?:o\\s+)?ano", modLink: "\\s+(?:de\\s+)?", amountAfter: "euros?|reais|dólares|pessoas|habitantes|milhões|quilômetros|quilómetros|km|metros|toneladas|votos|pontos|casos|mortos|feridos" }),
      new SeasonParser(V, "\\s+(?:de\\s+)?"),
      new BareDayParser("(?:n?o\\s+)?dia"),
      new HolidayParser(PT_FIXED_HOLIDAYS, PT_EASTER_HOLIDAYS),
      new DecadeParser("(?:(?:os|nos|dos)\\s+)?anos\\s+(?<d>(?:19|20)?[1-9]0)"),
      new ClockTimeParser({ before: "às|as|desde\\s+as|até\\s+as|a\\s+partir\\s+das", approx: "por\\s+volta\\s+das|cerca\\s+das", after: "horas|hrs|h", named: { "meia-noite": 0 } }),
      new AgoParser(V, { pastBefore: PT_AGO_CUE, pastAfter: "atrás", futureBefore: "daqui\\s+a|dentro\\s+de", approx: "cerca\\s+de|quase|mais\\s+de" }),
      new DurationParser(V, {
        mods: { "mais de": "MORE_THAN", "menos de": "LESS_THAN", "cerca de": "APPROX", quase: "APPROX", "pelo menos": "EQUAL_OR_MORE" },
        vague: "vários|várias|alguns|algumas|poucos|poucas|muitos|muitas|os\\s+últimos|as\\s+últimas",
        half: "e\\s+meia|e\\s+meio",
        ageBefore: /(?<![\p{L}])(?:de|com|aos|tem|tinha|completou|idade\s+de)\s*$/iu,
        ageAfter: /^\s*(?:de\s+idade|,)/i,
      }),
      new SetParser(V, { every: "a\\s+cada|cada|todos\\s+os|todas\\s+as|toda|todo", per: "por|ao", weekdays: PT_PLURAL_WEEKDAYS, habitual: "aos|às", adverbs: { diário: "P1D", diariamente: "P1D", semanal: "P1W", semanalmente: "P1W", mensal: "P1M", mensalmente: "P1M", anual: "P1Y", anualmente: "P1Y" } }),
    ],
    [new PTFalseFriendFilter(), new TenseResolutionRefiner(PT_TENSE), new RangeOrderRefiner(PT_RANGE_WORDS)],
    ["PTMergeDateTimeRefiner", "ExtractTimezoneAbbrRefiner"],
  );
  return { chrono: new chrono.Chrono(config), refType: "DATE" };
}
