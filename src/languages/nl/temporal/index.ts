/**
 * Dutch locale: chrono's casual Dutch configuration (its ISO and numeric day-first formats kept)
 * extended with the table-driven parsers of common/parsers/vocabulary, fed with Dutch words
 * (vocabulary.ts; weekday + part of day written as one word: "zondagmiddag"), and the shared refiners
 * with Dutch tense cues (tense.ts).
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
import { NLFalseFriendFilter } from "./refiners/NLFalseFriendFilter";
import { NL_TENSE } from "./tense";
import { NL_EASTER_HOLIDAYS, NL_FIXED_HOLIDAYS, NL_PHRASES, NL_VOCABULARY as V } from "./vocabulary";

const KEEP = ["ISOFormatParser", "SlashDateFormatParser"];

const NL_RANGE_WORDS = {
  weekday: new RegExp(`^(?:${alt(V.weekdays)})(?:${alt(V.partsOfDay)})?$`, "iu"),
  month: new RegExp(`^(?:${alt(V.months)})$`, "iu"),
  opener: /(?:^|[^\p{L}])(?:van|vanaf|tussen)\s*$/iu,
  link: /^\s*(?:tot(?:\s+en\s+met)?|t\/m|en|[-–])\s*$/iu,
};

export function createDutchLocale(): TemporalLocale {
  const config = buildConfiguration(
    chrono.nl.createCasualConfiguration(true),
    KEEP,
    [
      new NightSpanParser(V, { night: "de\\s+nacht", from: "van", to: "op|naar" }),
      new QuarterParser({ ordinals: { eerste: 1, tweede: 2, derde: 3, vierde: 4 }, quarter: "kwartaal", half: "halfjaar|jaarhelft", yearLink: "\\s+(?:van\\s+)?" }),
      new DayMonthParser(V, { daySuffix: "e|ste|de", dayMonth: "\\s+", monthYear: "\\s+", rangeOpen: "van|tussen", rangeLink: "tot\\s+en\\s+met|t\\/m|tot|en|[-–]", weekdayLink: "\\s*,?\\s*" }),
      new WeekdayParser(V, { compound: true }),
      new PhraseParser(NL_PHRASES, V, "\\s+"),
      new MonthParser(V, { modLink: "\\s+", monthYear: "\\s+", monthOf: "de\\s+maand" }),
      new YearParser(V, { yearWord: "(?:het\\s+)?jaar", modLink: "\\s+", amountAfter: "euro|dollar|mensen|personen|inwoners|miljoen|kilometer|km|meter|ton|stemmen|punten|gevallen|doden|gewonden" }),
      new SeasonParser(V, "\\s+(?:van\\s+)?"),
      new HolidayParser(NL_FIXED_HOLIDAYS, NL_EASTER_HOLIDAYS),
      new DecadeParser("(?:de\\s+)?jaren\\s+(?<d>['’]?[1-9]0|(?:19|20)[1-9]0)"),
      new ClockTimeParser({ before: "om|vanaf|tot", approx: "rond|omstreeks|tegen", after: "uur|u\\.?", named: { middernacht: 0 }, bareHour: false }),
      new AgoParser(V, { pastAfter: "geleden", futureBefore: "over", approx: "ruim|bijna|ongeveer|zo['’]n|circa" }),
      new DurationParser(V, {
        mods: { "meer dan": "MORE_THAN", ruim: "MORE_THAN", "minder dan": "LESS_THAN", bijna: "APPROX", ongeveer: "APPROX", circa: "APPROX", "zo'n": "APPROX", "ten minste": "EQUAL_OR_MORE" },
        vague: "enkele|een\\s+paar|verschillende|vele|tal\\s+van|de\\s+afgelopen|de\\s+laatste",
        half: "en\\s+een\\s+half",
        ageBefore: /(?<![\p{L}])(?:van|leeftijd\s+van)\s*$/iu,
        ageAfter: /^\s*(?:oud\b|oude\b|,)/i,
      }),
      new SetParser(V, { every: "elke|ieder|iedere|elk|om\\s+de", per: "per", adverbs: { dagelijks: "P1D", wekelijks: "P1W", maandelijks: "P1M", jaarlijks: "P1Y", "'s maandags": "XXXX-WXX-1", "'s zondags": "XXXX-WXX-7" } }),
    ],
    [new NLFalseFriendFilter(), new TenseResolutionRefiner(NL_TENSE), new RangeOrderRefiner(NL_RANGE_WORDS)],
    ["NLMergeDateTimeRefiner", "NLMergeDateRangeRefiner", "ExtractTimezoneAbbrRefiner"],
  );
  return { chrono: new chrono.Chrono(config), refType: "DATE" };
}
