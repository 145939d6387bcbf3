/**
 * Spanish locale: chrono's casual Spanish configuration (its ISO and numeric day-first formats kept)
 * extended with the table-driven parsers of common/parsers/vocabulary, fed with Spanish words
 * (vocabulary.ts), and the shared refiners with Spanish tense cues (tense.ts).
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
import { ESFalseFriendFilter } from "./refiners/ESFalseFriendFilter";
import { ES_TENSE } from "./tense";
import { ES_EASTER_HOLIDAYS, ES_FIXED_HOLIDAYS, ES_PHRASES, ES_VOCABULARY as V } from "./vocabulary";

const KEEP = ["ISOFormatParser", "SlashDateFormatParser"];

const ES_RANGE_WORDS = {
  weekday: new RegExp(`^(?:${alt(V.weekdays)})$`, "iu"),
  month: new RegExp(`^(?:${alt(V.months)})$`, "iu"),
  opener: /(?:^|[^\p{L}])(?:del?|desde\s+el|entre(?:\s+el)?)\s*$/iu,
  link: /^\s*(?:al|a|hasta\s+el|y\s+el|y|[-–])\s*$/iu,
};

export function createSpanishLocale(): TemporalLocale {
  const config = buildConfiguration(
    chrono.es.createCasualConfiguration(true),
    KEEP,
    [
      new NightSpanParser(V, { night: "la\\s+(?:noche|madrugada)", from: "del|de", to: "al|a" }),
      new QuarterParser({ ordinals: { primer: 1, primero: 1, segundo: 2, tercer: 3, tercero: 3, cuarto: 4 }, quarter: "trimestre", half: "semestre", yearLink: "\\s+(?:de|del)\\s+(?:año\\s+)?" }),
      new DayMonthParser(V, { daySuffix: "º|°", firstDay: "primero", dayMonth: "\\s+de\\s+", monthYear: "\\s+(?:de|del)\\s+|,?\\s+", rangeOpen: "del|entre\\s+el|desde\\s+el", rangeLink: "al|y\\s+el|y|hasta\\s+el|[-–]", weekdayLink: "\\s*,?\\s*(?:el\\s+)?" }),
      new WeekdayParser(V, { podLink: "(?:por|en|de)\\s+la|a\\s+la", podOf: { article: "(?:la|el)\\s+", link: "del|de" } }),
      new PhraseParser(ES_PHRASES, V, "\\s+(?:de|del)\\s+(?:la\\s+|el\\s+)?"),
      new MonthParser(V, { modLink: "\\s+de\\s+", monthYear: "\\s+(?:de|del)\\s+|\\s+", monthOf: "(?:el\\s+)?mes\\s+de" }),
      new YearParser(V, { yearWord: "(?:el\\s+)?año", modLink: "\\s+(?:de|del)\\s+", amountAfter: "euros?|dólares|pesos|personas|habitantes|millones|kilómetros|km|metros|toneladas|votos|puntos|casos|muertos|heridos" }),
      new SeasonParser(V),
      new BareDayParser("(?:el\\s+)?día"),
      new HolidayParser(ES_FIXED_HOLIDAYS, ES_EASTER_HOLIDAYS),
      new DecadeParser("(?:(?:los|las)\\s+)?(?:años|década\\s+de\\s+los)\\s+(?<d>(?:19|20)?[1-9]0|['’][1-9]0)"),
      new ClockTimeParser({ before: "a\\s+las|a\\s+la|desde\\s+las|hasta\\s+las|las", approx: "hacia\\s+las|sobre\\s+las|alrededor\\s+de\\s+las", after: "horas|hrs|hs|h", named: { mediodía: 12, medianoche: 0 } }),
      new AgoParser(V, { pastBefore: "(?<!desde\\s+)hace", futureBefore: "dentro\\s+de", approx: "unos|unas|casi|más\\s+de|cerca\\s+de" }),
      new DurationParser(V, {
        mods: { "más de": "MORE_THAN", "menos de": "LESS_THAN", casi: "APPROX", unos: "APPROX", unas: "APPROX", "cerca de": "APPROX", "al menos": "EQUAL_OR_MORE", alrededor: "APPROX" },
        vague: "varios|varias|algunos|algunas|pocos|pocas|muchos|muchas|los\\s+últimos|las\\s+últimas",
        half: "y\\s+medio|y\\s+media",
        ageBefore: /(?<![\p{L}])(?:de|con|a\s+los|tiene|tenía|cumplió|edad\s+de)\s*$/iu,
        ageAfter: /^\s*(?:de\s+edad|,)/i,
      }),
      new SetParser(V, { every: "cada|todos\\s+los|todas\\s+las", per: "por|al|a\\s+la", adverbs: { diario: "P1D", diariamente: "P1D", semanal: "P1W", semanalmente: "P1W", mensual: "P1M", mensualmente: "P1M", anual: "P1Y", anualmente: "P1Y" }, habitual: "los", weekdays: { sábados: 6, sabados: 6, domingos: 0 } }),
    ],
    [new ESFalseFriendFilter(), new TenseResolutionRefiner(ES_TENSE), new RangeOrderRefiner(ES_RANGE_WORDS)],
    ["ESMergeDateTimeRefiner", "ExtractTimezoneAbbrRefiner"],
  );
  return { chrono: new chrono.Chrono(config), refType: "DATE" };
}
