/**
 * Dutch temporal words for packTemporal (src/temporal/common/pack-temporal.ts):
 * chrono's casual Dutch configuration (ISO and numeric day-first formats), the table-driven parsers
 * fed with the calendar words of vocabulary.ts, tense cues (tense.ts) and false friends (refiners/).
 */
import * as chrono from "chrono-node";
import type { TemporalWords } from "../../../temporal/common/pack-temporal";
import { NLFalseFriendFilter } from "./refiners/NLFalseFriendFilter";
import { NL_TENSE } from "./tense";
import { NL_EASTER_HOLIDAYS, NL_FIXED_HOLIDAYS, NL_PHRASES, NL_VOCABULARY as V } from "./vocabulary";

export const NL_TEMPORAL: TemporalWords = {
  casual: () => chrono.nl.createCasualConfiguration(true),
  dropRefiners: ["NLMergeDateTimeRefiner", "NLMergeDateRangeRefiner"],
  vocabulary: V,
  night: { night: "de\\s+nacht", from: "van", to: "op|naar" },
  quarter: { ordinals: { eerste: 1, tweede: 2, derde: 3, vierde: 4 }, quarter: "kwartaal", half: "halfjaar|jaarhelft", yearLink: "\\s+(?:van\\s+)?" },
  dayMonth: { daySuffix: "e|ste|de", dayMonth: "\\s+", monthYear: "\\s+", rangeOpen: "van|tussen", rangeLink: "tot\\s+en\\s+met|t\\/m|tot|en|[-–]", weekdayLink: "\\s*,?\\s*" },
  weekday: { compound: true },
  phrases: NL_PHRASES,
  phraseModLink: "\\s+",
  month: { modLink: "\\s+", monthYear: "\\s+", monthOf: "de\\s+maand" },
  year: { yearWord: "(?:het\\s+)?jaar", modLink: "\\s+", amountAfter: "euro|dollar|mensen|personen|inwoners|miljoen|kilometer|km|meter|ton|stemmen|punten|gevallen|doden|gewonden" },
  seasonYear: "\\s+(?:van\\s+)?",
  holidays: { fixed: NL_FIXED_HOLIDAYS, fromEaster: NL_EASTER_HOLIDAYS },
  decade: "(?:de\\s+)?jaren\\s+(?<d>['’]?[1-9]0|(?:19|20)[1-9]0)",
  clock: { before: "om|vanaf|tot", approx: "rond|omstreeks|tegen", after: "uur|u\\.?", named: { middernacht: 0 }, bareHour: false, dayHalf: { am: "['’]s\\s+(?:ochtends|morgens)", pm: "['’]s\\s+(?:middags|avonds)", night: "['’]s\\s+nachts" } },
  ago: { pastAfter: "geleden", futureBefore: "over", approx: "ruim|bijna|ongeveer|zo['’]n|circa" },
  duration: {
    mods: { "meer dan": "MORE_THAN", ruim: "MORE_THAN", "minder dan": "LESS_THAN", bijna: "APPROX", ongeveer: "APPROX", circa: "APPROX", "zo'n": "APPROX", "ten minste": "EQUAL_OR_MORE" },
    vague: "enkele|een\\s+paar|verschillende|vele|tal\\s+van|de\\s+afgelopen|de\\s+laatste",
    half: "en\\s+een\\s+half",
    ageBefore: /(?<![\p{L}])(?:van|leeftijd\s+van)\s*$/iu,
    ageAfter: /^\s*(?:oud\b|oude\b|,)/i,
  },
  set: { every: "elke|ieder|iedere|elk|om\\s+de", per: "per", adverbs: { dagelijks: "P1D", wekelijks: "P1W", maandelijks: "P1M", jaarlijks: "P1Y", "'s maandags": "XXXX-WXX-1", "'s zondags": "XXXX-WXX-7" } },
  range: { opener: /(?:^|[^\p{L}])(?:van|vanaf|tussen)\s*$/iu, link: /^\s*(?:tot(?:\s+en\s+met)?|t\/m|en|[-–])\s*$/iu },
  tense: NL_TENSE,
  falseFriends: new NLFalseFriendFilter(),
};
