/**
 * Italian locale: chrono's casual Italian configuration (its ISO and numeric day-first formats kept)
 * extended with the table-driven parsers of common/parsers/vocabulary, fed with Italian words
 * (vocabulary.ts), and the shared refiners with Italian tense cues (tense.ts).
 */
import * as chrono from "chrono-node";
import { buildConfiguration } from "../../../temporal/common/configuration";
import { AgoParser } from "../../../temporal/common/parsers/vocabulary/AgoParser";
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
import { ITFalseFriendFilter } from "./refiners/ITFalseFriendFilter";
import { IT_TENSE } from "./tense";
import { IT_EASTER_HOLIDAYS, IT_FIXED_HOLIDAYS, IT_PHRASES, IT_VOCABULARY as V } from "./vocabulary";

const KEEP = ["ISOFormatParser", "SlashDateFormatParser"];

const IT_RANGE_WORDS = {
  weekday: new RegExp(`^(?:${alt(V.weekdays)})$`, "iu"),
  month: new RegExp(`^(?:${alt(V.months)})$`, "iu"),
  opener: /(?:^|[^\p{L}])(?:da|dal|dalla|tra|fra)\s*$/iu,
  link: /^\s*(?:a|al|alla|e|fino\s+a|[-–])\s*$/iu,
};

export function createItalianLocale(): TemporalLocale {
  const config = buildConfiguration(
    chrono.it.configuration.createCasualConfiguration(),
    KEEP,
    [
      new NightSpanParser(V, { night: "(?:la\\s+)?notte", from: "tra|fra|di|da", to: "e|a|su" }),
      new QuarterParser({ ordinals: { primo: 1, secondo: 2, terzo: 3, quarto: 4 }, quarter: "trimestre", half: "semestre", yearLink: "\\s+(?:del\\s+)?" }),
      new DayMonthParser(V, { daySuffix: "°|º", firstDay: "primo", dayMonth: "\\s+", monthYear: ",?\\s+(?:del\\s+)?", rangeOpen: "dal|tra\\s+il|fra\\s+il", rangeLink: "al|e\\s+il|e|[-–]", weekdayLink: "\\s*,?\\s*" }),
      new WeekdayParser(V, { podLink: "(?:in\\s+)?", podOf: { article: "(?:la|il|nella|nel)\\s+", link: "di" } }),
      new PhraseParser(IT_PHRASES, V, "\\s+(?:di\\s+|del\\s+|dell['’]\\s*)?"),
      new MonthParser(V, { modLink: "\\s+(?:di\\s+)?", monthYear: ",?\\s+(?:del\\s+)?", monthOf: "(?:il\\s+)?mese\\s+di" }),
      new YearParser(V, { yearWord: "(?:nell['’])?anno", modLink: "\\s+(?:del\\s+)?", amountAfter: "euro|dollari|persone|abitanti|milioni|chilometri|km|metri|tonnellate|voti|punti|casi|morti|feriti" }),
      new SeasonParser(V, ",?\\s+(?:del\\s+)?"),
      new HolidayParser(IT_FIXED_HOLIDAYS, IT_EASTER_HOLIDAYS),
      new DecadeParser("(?:(?:gli|negli)\\s+)?anni\\s+(?<d>['’]?[1-9]0|(?:19|20)[1-9]0)"),
      new ClockTimeParser({ before: "alle\\s+ore|alle|all['’]|dalle|ore", approx: "verso\\s+le|intorno\\s+alle|circa\\s+alle", after: "h", named: { mezzanotte: 0 } }),
      new AgoParser(V, { pastAfter: "fa", futureBefore: "tra|fra", approx: "circa|quasi|oltre" }),
      new DurationParser(V, {
        mods: { "più di": "MORE_THAN", oltre: "MORE_THAN", "meno di": "LESS_THAN", circa: "APPROX", quasi: "APPROX", "almeno": "EQUAL_OR_MORE" },
        vague: "alcuni|alcune|diversi|diverse|pochi|poche|molti|molte|parecchi|parecchie|gli\\s+ultimi|le\\s+ultime",
        half: "e\\s+mezzo|e\\s+mezza",
        ageBefore: /(?<![\p{L}])(?:di|a|ha|aveva|compiuto|età\s+di)\s*$/iu,
        ageAfter: /^\s*(?:d['’]età|,)/i,
      }),
      new SetParser(V, { every: "ogni|tutti\\s+i|tutte\\s+le", per: "al|all['’]|alla|a|per", adverbs: { quotidianamente: "P1D", quotidiano: "P1D", settimanale: "P1W", settimanalmente: "P1W", mensile: "P1M", mensilmente: "P1M", annuale: "P1Y", annualmente: "P1Y" } }),
    ],
    [new ITFalseFriendFilter(), new TenseResolutionRefiner(IT_TENSE), new RangeOrderRefiner(IT_RANGE_WORDS)],
    ["ITMergeDateTimeRefiner", "ExtractTimezoneAbbrRefiner"],
  );
  return { chrono: new chrono.Chrono(config), refType: "DATE" };
}
