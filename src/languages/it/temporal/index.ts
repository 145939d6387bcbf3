/**
 * Italian temporal words for packTemporal (src/temporal/common/pack-temporal.ts):
 * chrono's casual Italian configuration (ISO and numeric day-first formats), the table-driven parsers
 * fed with the calendar words of vocabulary.ts, tense cues (tense.ts) and false friends (refiners/).
 */
import * as chrono from "chrono-node";
import type { TemporalWords } from "../../../temporal/common/pack-temporal";
import { ITFalseFriendFilter } from "./refiners/ITFalseFriendFilter";
import { IT_TENSE } from "./tense";
import { IT_EASTER_HOLIDAYS, IT_FIXED_HOLIDAYS, IT_PHRASES, IT_VOCABULARY as V } from "./vocabulary";

export const IT_TEMPORAL: TemporalWords = {
  casual: () => chrono.it.configuration.createCasualConfiguration(),
  dropRefiners: ["ITMergeDateTimeRefiner"],
  vocabulary: V,
  night: { night: "(?:la\\s+)?notte", from: "tra|fra|di|da", to: "e|a|su" },
  quarter: { ordinals: { primo: 1, secondo: 2, terzo: 3, quarto: 4 }, quarter: "trimestre", half: "semestre", yearLink: "\\s+(?:del\\s+)?" },
  dayMonth: { daySuffix: "°|º", firstDay: "primo", dayMonth: "\\s+", monthYear: ",?\\s+(?:del\\s+)?", rangeOpen: "dal|tra\\s+il|fra\\s+il", rangeLink: "al|e\\s+il|e|[-–]", weekdayLink: "\\s*,?\\s*" },
  weekday: { podLink: "(?:in\\s+)?", podOf: { article: "(?:la|il|nella|nel)\\s+", link: "di" } },
  phrases: IT_PHRASES,
  phraseModLink: "\\s+(?:di\\s+|del\\s+|dell['’]\\s*)?",
  month: { modLink: "\\s+(?:di\\s+)?", monthYear: ",?\\s+(?:del\\s+)?", monthOf: "(?:il\\s+)?mese\\s+di" },
  year: { yearWord: "(?:nell['’])?anno", modLink: "\\s+(?:del\\s+)?", amountAfter: "euro|dollari|persone|abitanti|milioni|chilometri|km|metri|tonnellate|voti|punti|casi|morti|feriti" },
  seasonYear: ",?\\s+(?:del\\s+)?",
  holidays: { fixed: IT_FIXED_HOLIDAYS, fromEaster: IT_EASTER_HOLIDAYS },
  decade: "(?:(?:gli|negli)\\s+)?anni\\s+(?<d>['’]?[1-9]0|(?:19|20)[1-9]0)",
  clock: { before: "alle\\s+ore|alle|all['’]|dalle|ore", approx: "verso\\s+le|intorno\\s+alle|circa\\s+alle", after: "h", named: { mezzanotte: 0 }, dayHalf: { am: "del\\s+mattino|di\\s+mattina|della\\s+mattina", pm: "del\\s+pomeriggio|di\\s+sera|della\\s+sera", night: "di\\s+notte|della\\s+notte" } },
  ago: { pastAfter: "fa", futureBefore: "tra|fra", approx: "circa|quasi|oltre" },
  duration: {
    mods: { "più di": "MORE_THAN", oltre: "MORE_THAN", "meno di": "LESS_THAN", circa: "APPROX", quasi: "APPROX", "almeno": "EQUAL_OR_MORE" },
    vague: "alcuni|alcune|diversi|diverse|pochi|poche|molti|molte|parecchi|parecchie|gli\\s+ultimi|le\\s+ultime",
    half: "e\\s+mezzo|e\\s+mezza",
    ageBefore: /(?<![\p{L}])(?:di|a|ha|aveva|compiuto|età\s+di)\s*$/iu,
    ageAfter: /^\s*(?:d['’]età|,)/i,
  },
  set: { every: "ogni|tutti\\s+i|tutte\\s+le", per: "al|all['’]|alla|a|per", adverbs: { quotidianamente: "P1D", quotidiano: "P1D", settimanale: "P1W", settimanalmente: "P1W", mensile: "P1M", mensilmente: "P1M", annuale: "P1Y", annualmente: "P1Y" } },
  range: { opener: /(?:^|[^\p{L}])(?:da|dal|dalla|tra|fra)\s*$/iu, link: /^\s*(?:a|al|alla|e|fino\s+a|[-–])\s*$/iu },
  tense: IT_TENSE,
  falseFriends: new ITFalseFriendFilter(),
};
