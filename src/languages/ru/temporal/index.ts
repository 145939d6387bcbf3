/**
 * Russian temporal words for packTemporal (src/temporal/common/pack-temporal.ts):
 * chrono's casual Russian configuration (ISO and numeric day-first formats), the table-driven parsers
 * fed with the calendar words of vocabulary.ts, tense cues (tense.ts) and false friends (refiners/).
 */
import * as chrono from "chrono-node";
import type { TemporalWords } from "../../../temporal/common/pack-temporal";
import { RUFalseFriendFilter } from "./refiners/RUFalseFriendFilter";
import { RU_TENSE } from "./tense";
import { RU_ORDINALS, RU_EASTER_HOLIDAYS, RU_FIXED_HOLIDAYS, RU_PHRASES, RU_PLURAL_WEEKDAYS, RU_VOCABULARY as V } from "./vocabulary";

export const RU_TEMPORAL: TemporalWords = {
  casual: () => chrono.ru.createCasualConfiguration(),
  dropRefiners: ["RUMergeDateTimeRefiner", "RUMergeDateRangeRefiner"],
  vocabulary: V,
  night: { night: "в\\s+ночь", from: "со?", to: "на", toOnly: "на" },
  quarter: { ordinals: RU_ORDINALS, quarter: "квартал(?:а|е|у|ом)?", half: "полугоди(?:е|я|и|ем)", yearLink: "\\s+", yearSuffix: "\\s+(?:года|г\\.)" },
  dayMonth: { daySuffix: "-?го|-е", dayMonth: "\\s+", monthYear: "\\s+", yearSuffix: "\\s+(?:года|году|год|г\\.?)", rangeOpen: "с|между", rangeLink: "по|до|и|[-–]", weekdayLink: "\\s*,?\\s*" },
  phrases: RU_PHRASES,
  phraseModLink: "\\s+",
  month: { modLink: "\\s+", monthYear: "\\s+", yearSuffix: "\\s+(?:года|году|г\\.?)" },
  year: { yearSuffix: "\\s*(?:года|году|год|г\\.)", modLink: "\\s+", amountAfter: "рубл\\p{L}*|долл\\p{L}*|евро|человек|жител\\p{L}*|миллион\\p{L}*|млн|млрд|километр\\p{L}*|км|метр\\p{L}*|тонн\\p{L}*|голос\\p{L}*|случа\\p{L}*|погибш\\p{L}*" },
  seasonYear: "\\s+",
  holidays: { fixed: RU_FIXED_HOLIDAYS, fromEaster: RU_EASTER_HOLIDAYS },
  decade: "(?<d>(?:19|20)?[1-9]0)-?х\\s+(?:годах|годов|годы|гг\\.)",
  clock: { before: "в|с|до|к|около", approx: "около|примерно\\s+в", after: "часов|часа|час|ч\\.", bareHour: false, dayHalf: { am: "утра", pm: "вечера|(?<=час(?:а|ов)?\\s)дня", night: "ночи" } },
  ago: { pastAfter: "назад", futureBefore: "через", approx: "около|почти|более|примерно" },
  duration: {
    mods: { более: "MORE_THAN", больше: "MORE_THAN", "свыше": "MORE_THAN", менее: "LESS_THAN", меньше: "LESS_THAN", около: "APPROX", почти: "APPROX", примерно: "APPROX", "не менее": "EQUAL_OR_MORE" },
    vague: "несколько|нескольких|много|многих|последние|последних",
    half: "с\\s+половиной",
    // "в возрасте 38 лет", "мужчина 38 лет", "жительница 80 лет": the person's age.
    ageBefore: /(?:возрасте|исполнилось|исполняется|исполнится|мужчин[аеуы]?|женщин[аеуы]?|парн[яюе]|пенсионер\p{L}*|подрост\p{L}*|ребён\p{L}*|ребен\p{L}*|девушк\p{L}*|девочк\p{L}*|мальчик\p{L}*|юнош\p{L}*|водител\p{L}*|жител\p{L}*|жительниц\p{L}*)\s*$/iu,
    ageAfter: /^\s*(?:от\s+роду)/iu,
  },
  set: { every: "кажд(?:ый|ую|ое|ые|ого|ой|ом)", per: "раз\\s+в", weekdays: RU_PLURAL_WEEKDAYS, habitual: "по", adverbs: { ежедневно: "P1D", еженедельно: "P1W", ежемесячно: "P1M", ежегодно: "P1Y" } },
  range: { opener: /(?:^|[^\p{L}])(?:с|со|между)\s*$/iu, link: /^\s*(?:по|до|и|[-–])\s*$/iu },
  tense: RU_TENSE,
  falseFriends: new RUFalseFriendFilter(),
};
