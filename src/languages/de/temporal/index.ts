/**
 * German locale: chrono's casual German configuration cloned and extended with the tagger's parsers.
 * Values follow KRAUTS' It-TimeML conventions where they differ from French TimeBank: vague references
 * are DATEs, decades and centuries are written with their leading digits ("199", "19"), halves as decimals.
 */
import * as chrono from "chrono-node";
import { buildConfiguration } from "../../../temporal/common/configuration";
import { RangeOrderRefiner } from "../../../temporal/common/refiners/RangeOrderRefiner";
import { TenseResolutionRefiner } from "../../../temporal/common/refiners/TenseResolutionRefiner";
import type { TemporalLocale } from "../../../temporal/registry";
import { DEAgoParser } from "./parsers/DEAgoParser";
import { DEAnaphoricDayParser } from "./parsers/DEAnaphoricDayParser";
import { DECasualDayParser } from "./parsers/DECasualDayParser";
import { DECenturyParser } from "./parsers/DECenturyParser";
import { DEClockTimeParser } from "./parsers/DEClockTimeParser";
import { DEDayMonthParser } from "./parsers/DEDayMonthParser";
import { DEDecadeParser } from "./parsers/DEDecadeParser";
import { DEDurationParser } from "./parsers/DEDurationParser";
import { DEHolidayParser } from "./parsers/DEHolidayParser";
import { DEMonthParser } from "./parsers/DEMonthParser";
import { DENightSpanParser } from "./parsers/DENightSpanParser";
import { DENumericDateParser } from "./parsers/DENumericDateParser";
import { DEPartOfDayParser } from "./parsers/DEPartOfDayParser";
import { DEQuarterParser } from "./parsers/DEQuarterParser";
import { DERelativeMonthParser } from "./parsers/DERelativeMonthParser";
import { DERelativeYearParser } from "./parsers/DERelativeYearParser";
import { DESeasonParser } from "./parsers/DESeasonParser";
import { DESetParser } from "./parsers/DESetParser";
import { DEVagueRefParser } from "./parsers/DEVagueRefParser";
import { DEWeekParser } from "./parsers/DEWeekParser";
import { DEWeekdayParser } from "./parsers/DEWeekdayParser";
import { DEYearParser } from "./parsers/DEYearParser";
import { DEFalseFriendFilter } from "./refiners/DEFalseFriendFilter";
import { DE_MONTH_PATTERN, DE_POD_PATTERN, DE_WEEKDAY_PATTERN } from "./constants";
import { DE_TENSE } from "./tense";

/** Chrono German parsers kept as they are (ISO dates). */
const KEEP = ["ISOFormatParser"];

/** "von Montag bis Mittwoch", "zwischen Dienstag und Donnerstag", "von März bis Juni". */
const DE_RANGE_WORDS = {
  weekday: new RegExp(`^(?:${DE_WEEKDAY_PATTERN})(?:${DE_POD_PATTERN})?$`, "iu"),
  month: new RegExp(`^(?:${DE_MONTH_PATTERN})$`, "iu"),
  opener: /(?:^|[^\p{L}])(?:von|vom|zwischen|ab)\s*$/iu,
  link: /^\s*(?:bis(?:\s+zum)?|und|[-–])\s*$/iu,
};

export function createGermanLocale(): TemporalLocale {
  const config = buildConfiguration(
    chrono.de.createCasualConfiguration(true),
    KEEP,
    [
      new DENightSpanParser(),
      new DEDayMonthParser(),
      new DENumericDateParser(),
      new DEWeekdayParser(),
      new DECasualDayParser(),
      new DEAnaphoricDayParser(),
      new DEPartOfDayParser(),
      new DEClockTimeParser(),
      new DEMonthParser(),
      new DEYearParser(),
      new DERelativeYearParser(),
      new DERelativeMonthParser(),
      new DEWeekParser(),
      new DESeasonParser(),
      new DEHolidayParser(),
      new DEQuarterParser(),
      new DEDecadeParser(),
      new DECenturyParser(),
      new DEAgoParser(),
      new DEDurationParser(),
      new DESetParser(),
      new DEVagueRefParser(),
    ],
    [new DEFalseFriendFilter(), new TenseResolutionRefiner(DE_TENSE), new RangeOrderRefiner(DE_RANGE_WORDS)],
    // KRAUTS annotates "Montag" and "um 18 Uhr" separately; chrono's range merge would join "3. bis 6. Oktober".
    ["DEMergeDateTimeRefiner", "DEMergeDateRangeRefiner", "ExtractTimezoneAbbrRefiner"],
  );
  return { chrono: new chrono.Chrono(config), refType: "DATE" };
}
