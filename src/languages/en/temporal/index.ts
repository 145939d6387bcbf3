/** English locale: chrono's casual English configuration cloned and extended with the tagger's parsers. */
import * as chrono from "chrono-node";
import { buildConfiguration } from "../../../temporal/common/configuration";
import { DayShiftRefiner } from "../../../temporal/common/refiners/DayShiftRefiner";
import { RangeOrderRefiner } from "../../../temporal/common/refiners/RangeOrderRefiner";
import { ExtentTrimRefiner } from "../../../temporal/common/refiners/ExtentTrimRefiner";
import { TenseResolutionRefiner } from "../../../temporal/common/refiners/TenseResolutionRefiner";
import type { TemporalLocale } from "../../../temporal/registry";
import { ENAgoParser } from "./parsers/ENAgoParser";
import { ENAnaphoricDayParser } from "./parsers/ENAnaphoricDayParser";
import { ENThatPeriodParser } from "./parsers/ENThatPeriodParser";
import { ENCasualDayParser } from "./parsers/ENCasualDayParser";
import { ENDayRangeParser } from "./parsers/ENDayRangeParser";
import { ENDecadeParser } from "./parsers/ENDecadeParser";
import { ENDurationParser } from "./parsers/ENDurationParser";
import { ENMonthParser } from "./parsers/ENMonthParser";
import { ENMilitaryTimeParser } from "./parsers/ENMilitaryTimeParser";
import { ENNightSpanParser } from "./parsers/ENNightSpanParser";
import { ENOrdinalDayParser } from "./parsers/ENOrdinalDayParser";
import { ENPartOfDayParser } from "./parsers/ENPartOfDayParser";
import { ENQuarterParser } from "./parsers/ENQuarterParser";
import { ENRelativeUnitParser } from "./parsers/ENRelativeUnitParser";
import { ENSeasonParser } from "./parsers/ENSeasonParser";
import { ENSetParser } from "./parsers/ENSetParser";
import { ENThePeriodParser } from "./parsers/ENThePeriodParser";
import { ENVagueRefParser } from "./parsers/ENVagueRefParser";
import { ENWeekdayParser } from "./parsers/ENWeekdayParser";
import { ENYearParser } from "./parsers/ENYearParser";
import { ENYearEndParser } from "./parsers/ENYearEndParser";
import { ENSpelledYearParser } from "./parsers/ENSpelledYearParser";
import { ENHolidayParser } from "./parsers/ENHolidayParser";
import { ENAmountNotTimeFilter } from "./refiners/ENAmountNotTimeFilter";
import { ENApproxRefiner } from "./refiners/ENApproxRefiner";
import { ENFalseFriendFilter } from "./refiners/ENFalseFriendFilter";
import { ENPageFurnitureFilter } from "./refiners/ENPageFurnitureFilter";
import { ENPeriodContextRefiner } from "./refiners/ENPeriodContextRefiner";
import { EN_MONTH_PATTERN, EN_WEEKDAY_PATTERN } from "./constants";
import { EN_TENSE } from "./tense";

/** Chrono English parsers kept as they are (numeric formats, month-name dates, clock times). */
const KEEP = [
  "ISOFormatParser",
  "SlashDateFormatParser",
  "ENMonthNameMiddleEndianParser",
  "ENMonthNameLittleEndianParser",
  "ENTimeExpressionParser",
  "ENYearMonthDayParser",
];

/** "the day before last Tuesday", "the day after Oct. 12", "the week of March 6". */
const EN_DAY_SHIFTS = [
  { before: /\b(?:the\s+)?day\s+before\s+$/i, shift: -1 },
  { before: /\b(?:the\s+)?day\s+after\s+$/i, shift: 1 },
  { before: /\b(?:the\s+)?week\s+of\s+$/i, shift: "week" as const },
];

/** "at 9:30 a.m. local time on Thursday", "at 7 p.m. Eastern Saturday", "10:35 a.m. (0735 GMT) Friday": the clock time takes that day. */
const EN_CLOCK_DAY_GAP = /^\s*(?:\([^()]{1,24}\)\s*)?(?:local\s+time|(?:Eastern|Central|Mountain|Pacific)(?:\s+(?:standard|daylight))?(?:\s+time)?|[A-Z]{2,4})?\s*,?\s*(?:on\s+)?$/;

/** "from Monday to Wednesday", "between April and June". */
const EN_RANGE_WORDS = {
  weekday: new RegExp(`^(?:${EN_WEEKDAY_PATTERN})(?:\\s+(?:morning|afternoon|evening|night))?$`, "i"),
  month: new RegExp(`^(?:${EN_MONTH_PATTERN})$`, "i"),
  opener: /(?:^|[^\p{L}])(?:from|between)\s+$/iu,
  link: /^\s*(?:to|through|thru|until|till|and|[-–])\s*$/i,
};

export function createEnglishLocale(): TemporalLocale {
  const config = buildConfiguration(
    chrono.en.configuration.createCasualConfiguration(false),
    KEEP,
    [
      new ENDayRangeParser(),
      new ENNightSpanParser(),
      new ENWeekdayParser(),
      new ENCasualDayParser(),
      new ENAnaphoricDayParser(),
      new ENThatPeriodParser(),
      new ENMonthParser(),
      new ENYearParser(),
      new ENYearEndParser(),
      new ENSpelledYearParser(),
      new ENHolidayParser(),
      new ENRelativeUnitParser(),
      new ENQuarterParser(),
      new ENThePeriodParser(),
      new ENAgoParser(),
      new ENDurationParser(),
      new ENSetParser(),
      new ENVagueRefParser(),
      new ENSeasonParser(),
      new ENDecadeParser(),
      new ENPartOfDayParser(),
      new ENOrdinalDayParser(),
      new ENMilitaryTimeParser(),
    ],
    // ENUnlikelyFormatFilter drops every "May" not after "in": ENMonthParser has its own rule for the modal verb.
    [new ExtentTrimRefiner(/^(?:at(?!\s+(?:least|present))|on|in|by|from|since|until|of)\s+/i), new ENFalseFriendFilter(), new ENPageFurnitureFilter(), new TenseResolutionRefiner(EN_TENSE, EN_CLOCK_DAY_GAP), new RangeOrderRefiner(EN_RANGE_WORDS), new DayShiftRefiner(EN_DAY_SHIFTS), new ENPeriodContextRefiner(), new ENApproxRefiner()],
    ["ENUnlikelyFormatFilter"],
    [new ENAmountNotTimeFilter()],
  );
  return { chrono: new chrono.Chrono(config), refType: "DATE" };
}
