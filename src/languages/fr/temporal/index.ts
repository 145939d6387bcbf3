/** French locale: chrono's casual French configuration cloned and extended with the tagger's parsers. */
import * as chrono from "chrono-node";
import { buildConfiguration } from "../../../temporal/common/configuration";
import { DayShiftRefiner } from "../../../temporal/common/refiners/DayShiftRefiner";
import { RangeOrderRefiner } from "../../../temporal/common/refiners/RangeOrderRefiner";
import { TenseResolutionRefiner } from "../../../temporal/common/refiners/TenseResolutionRefiner";
import type { TemporalLocale } from "../../../temporal/registry";
import { FRBareDayParser } from "./parsers/FRBareDayParser";
import { FRAnaphoricDayParser } from "./parsers/FRAnaphoricDayParser";
import { FRCasualDayParser } from "./parsers/FRCasualDayParser";
import { FRCenturyParser } from "./parsers/FRCenturyParser";
import { FRClockTimeParser } from "./parsers/FRClockTimeParser";
import { FRDayMonthParser } from "./parsers/FRDayMonthParser";
import { FRDayRangeParser } from "./parsers/FRDayRangeParser";
import { FRDecadeParser } from "./parsers/FRDecadeParser";
import { FRDurationParser } from "./parsers/FRDurationParser";
import { FRMonthParser } from "./parsers/FRMonthParser";
import { FRNightAdjectiveParser } from "./parsers/FRNightAdjectiveParser";
import { FRNightSpanParser } from "./parsers/FRNightSpanParser";
import { FRPartOfDayParser } from "./parsers/FRPartOfDayParser";
import { FRQuarterParser } from "./parsers/FRQuarterParser";
import { FRRelativeMonthParser } from "./parsers/FRRelativeMonthParser";
import { FRRelativeYearParser } from "./parsers/FRRelativeYearParser";
import { FRHolidayParser } from "./parsers/FRHolidayParser";
import { FRSeasonParser } from "./parsers/FRSeasonParser";
import { FRSetParser } from "./parsers/FRSetParser";
import { FRTimeAgoParser } from "./parsers/FRTimeAgoParser";
import { FRVagueRefParser } from "./parsers/FRVagueRefParser";
import { FRWeekParser } from "./parsers/FRWeekParser";
import { FRWeekdayParser } from "./parsers/FRWeekdayParser";
import { FRYearParser } from "./parsers/FRYearParser";
import { FRFalseFriendFilter } from "./refiners/FRFalseFriendFilter";
import { FR_MONTH_PATTERN, FR_POD_PATTERN, FR_WEEKDAY_PATTERN } from "./constants";
import { FR_TENSE } from "./tense";

/** Chrono French parsers kept as they are (numeric formats). */
const KEEP = ["ISOFormatParser", "SlashDateFormatParser"];

/** "la veille du 10 septembre", "l'avant-veille du scrutin du 12", "le lendemain du 13", "la semaine du 18 septembre". */
const OF = "(?:du|de\\s+la|de\\s+l['’]|de)\\s+(?:(?:\\p{L}+\\s+){0,3}(?:du|de\\s+la|de)\\s+)?";
const FR_DAY_SHIFTS = [
  { before: new RegExp(`(?:l['’]|\\b)avant-veille\\s+${OF}$`, "iu"), shift: -2 },
  { before: new RegExp(`(?:\\bla\\s+)?\\bveille\\s+${OF}$`, "iu"), shift: -1 },
  { before: new RegExp(`(?:\\ble\\s+)?\\bsurlendemain\\s+${OF}$`, "iu"), shift: 2 },
  { before: new RegExp(`(?:\\ble\\s+)?\\blendemain\\s+${OF}$`, "iu"), shift: 1 },
  { before: /(?:\bla\s+)?\bsemaine\s+du\s+$/iu, shift: "week" as const },
];

/** « du lundi au mercredi », « de mars à juin », « entre mardi et jeudi ». */
const FR_RANGE_WORDS = {
  weekday: new RegExp(`^(?:${FR_WEEKDAY_PATTERN})(?:\\s+(?:${FR_POD_PATTERN}))?$`, "iu"),
  month: new RegExp(`^(?:${FR_MONTH_PATTERN})$`, "iu"),
  opener: /(?:^|[^\p{L}])(?:du|de|d['’]|entre(?:\s+le)?)\s*$/iu,
  link: /^\s*(?:au|à|et|jusqu['’]au|[-–])\s*$/iu,
};

export function createFrenchLocale(): TemporalLocale {
  const config = buildConfiguration(
    chrono.fr.createCasualConfiguration(true),
    KEEP,
    [
      new FRDayRangeParser(),
      new FRDayMonthParser(),
      new FRNightSpanParser(),
      new FRNightAdjectiveParser(),
      new FRWeekdayParser(),
      new FRCasualDayParser(),
      new FRAnaphoricDayParser(),
      new FRPartOfDayParser(),
      new FRClockTimeParser(),
      new FRMonthParser(),
      new FRRelativeMonthParser(),
      new FRYearParser(),
      new FRRelativeYearParser(),
      new FRWeekParser(),
      new FRSeasonParser(),
      new FRHolidayParser(),
      new FRQuarterParser(),
      new FRDecadeParser(),
      new FRCenturyParser(),
      new FRDurationParser(),
      new FRTimeAgoParser(),
      new FRSetParser(),
      new FRVagueRefParser(),
      new FRBareDayParser(),
    ],
    [new FRFalseFriendFilter(), new TenseResolutionRefiner(FR_TENSE), new RangeOrderRefiner(FR_RANGE_WORDS), new DayShiftRefiner(FR_DAY_SHIFTS)],
    // French TimeBank annotates "mardi" and "vers 21 h 45", "de 10 h" and "à 12 h" separately; day ranges
    // ("du 10 au 13 septembre") are one expression handled by FRDayRangeParser.
    // ExtractTimezoneAbbrRefiner reads the conjunction "et" as Eastern Time ("18 h et 19 h").
    ["FRMergeDateTimeRefiner", "FRMergeDateRangeRefiner", "ExtractTimezoneAbbrRefiner"],
  );
  return { chrono: new chrono.Chrono(config), refType: "TIME" };
}
