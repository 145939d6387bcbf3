/**
 * Russian locale: chrono's casual Russian configuration (its ISO and numeric day-first formats kept)
 * extended with the table-driven parsers of common/parsers/vocabulary, fed with Russian words in their
 * cases (vocabulary.ts), a night parser ("в ночь на среду"), and the shared refiners with Russian
 * tense cues (tense.ts).
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
import { RUFalseFriendFilter } from "./refiners/RUFalseFriendFilter";
import { RU_TENSE } from "./tense";
import { RU_ORDINALS, RU_EASTER_HOLIDAYS, RU_FIXED_HOLIDAYS, RU_PHRASES, RU_PLURAL_WEEKDAYS, RU_VOCABULARY as V } from "./vocabulary";

const KEEP = ["ISOFormatParser", "SlashDateFormatParser"];

const RU_RANGE_WORDS = {
  weekday: new RegExp(`^(?:${alt(V.weekdays)})$`, "iu"),
  month: new RegExp(`^(?:${alt(V.months)})$`, "iu"),
  opener: /(?:^|[^\p{L}])(?:с|со|между)\s*$/iu,
  link: /^\s*(?:по|до|и|[-–])\s*$/iu,
};

export function createRussianLocale(): TemporalLocale {
  const config = buildConfiguration(
    chrono.ru.createCasualConfiguration(),
    KEEP,
    [
      new NightSpanParser(V, { night: "в\\s+ночь", from: "со?", to: "на", toOnly: "на" }),
      new QuarterParser({ ordinals: RU_ORDINALS, quarter: "квартал(?:а|е|у|ом)?", half: "полугоди(?:е|я|и|ем)", yearLink: "\\s+", yearSuffix: "\\s+(?:года|г\\.)" }),
      new DayMonthParser(V, { daySuffix: "-?го|-е", dayMonth: "\\s+", monthYear: "\\s+", yearSuffix: "\\s+(?:года|году|год|г\\.?)", rangeOpen: "с|между", rangeLink: "по|до|и|[-–]", weekdayLink: "\\s*,?\\s*" }),
      new WeekdayParser(V),
      new PhraseParser(RU_PHRASES, V, "\\s+"),
      new MonthParser(V, { modLink: "\\s+", monthYear: "\\s+", yearSuffix: "\\s+(?:года|году|г\\.?)" }),
      new YearParser(V, { yearSuffix: "\\s*(?:года|году|год|г\\.)", modLink: "\\s+", amountAfter: "рубл\\p{L}*|долл\\p{L}*|евро|человек|жител\\p{L}*|миллион\\p{L}*|млн|млрд|километр\\p{L}*|км|метр\\p{L}*|тонн\\p{L}*|голос\\p{L}*|случа\\p{L}*|погибш\\p{L}*" }),
      new SeasonParser(V, "\\s+"),
      new HolidayParser(RU_FIXED_HOLIDAYS, RU_EASTER_HOLIDAYS),
      new DecadeParser("(?<d>(?:19|20)?[1-9]0)-?х\\s+(?:годах|годов|годы|гг\\.)"),
      new ClockTimeParser({ before: "в|с|до|к|около", approx: "около|примерно\\s+в", after: "часов|часа|час|ч\\.", bareHour: false }),
      new AgoParser(V, { pastAfter: "назад", futureBefore: "через", approx: "около|почти|более|примерно" }),
      new DurationParser(V, {
        mods: { более: "MORE_THAN", больше: "MORE_THAN", "свыше": "MORE_THAN", менее: "LESS_THAN", меньше: "LESS_THAN", около: "APPROX", почти: "APPROX", примерно: "APPROX", "не менее": "EQUAL_OR_MORE" },
        vague: "несколько|нескольких|много|многих|последние|последних",
        half: "с\\s+половиной",
        // "в возрасте 38 лет", "мужчина 38 лет", "жительница 80 лет": the person's age.
        ageBefore: /(?:возрасте|исполнилось|исполняется|исполнится|мужчин[аеуы]?|женщин[аеуы]?|парн[яюе]|пенсионер\p{L}*|подрост\p{L}*|ребён\p{L}*|ребен\p{L}*|девушк\p{L}*|девочк\p{L}*|мальчик\p{L}*|юнош\p{L}*|водител\p{L}*|жител\p{L}*|жительниц\p{L}*)\s*$/iu,
        ageAfter: /^\s*(?:от\s+роду)/iu,
      }),
      new SetParser(V, { every: "кажд(?:ый|ую|ое|ые|ого|ой|ом)", per: "раз\\s+в", weekdays: RU_PLURAL_WEEKDAYS, habitual: "по", adverbs: { ежедневно: "P1D", еженедельно: "P1W", ежемесячно: "P1M", ежегодно: "P1Y" } }),
    ],
    [new RUFalseFriendFilter(), new TenseResolutionRefiner(RU_TENSE), new RangeOrderRefiner(RU_RANGE_WORDS)],
    ["RUMergeDateTimeRefiner", "RUMergeDateRangeRefiner", "ExtractTimezoneAbbrRefiner"],
  );
  return { chrono: new chrono.Chrono(config), refType: "DATE" };
}
