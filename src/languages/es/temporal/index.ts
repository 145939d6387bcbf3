/**
 * Spanish temporal words for packTemporal (src/temporal/common/pack-temporal.ts):
 * chrono's casual Spanish configuration (ISO and numeric day-first formats), the table-driven parsers
 * fed with the calendar words of vocabulary.ts, tense cues (tense.ts) and false friends (refiners/).
 */
import * as chrono from "chrono-node";
import type { TemporalWords } from "../../../temporal/common/pack-temporal";
import { ESFalseFriendFilter } from "./refiners/ESFalseFriendFilter";
import { ES_TENSE } from "./tense";
import { ES_EASTER_HOLIDAYS, ES_FIXED_HOLIDAYS, ES_PHRASES, ES_VOCABULARY as V } from "./vocabulary";

export const ES_TEMPORAL: TemporalWords = {
  casual: () => chrono.es.createCasualConfiguration(true),
  dropRefiners: ["ESMergeDateTimeRefiner"],
  vocabulary: V,
  night: { night: "la\\s+(?:noche|madrugada)", from: "del|de", to: "al|a" },
  quarter: { ordinals: { primer: 1, primero: 1, segundo: 2, tercer: 3, tercero: 3, cuarto: 4 }, quarter: "trimestre", half: "semestre", yearLink: "\\s+(?:de|del)\\s+(?:año\\s+)?" },
  dayMonth: { daySuffix: "º|°", firstDay: "primero", dayMonth: "\\s+de\\s+", monthYear: "\\s+(?:de|del)\\s+|,?\\s+", rangeOpen: "del|entre\\s+el|desde\\s+el", rangeLink: "al|y\\s+el|y|hasta\\s+el|[-–]", weekdayLink: "\\s*,?\\s*(?:el\\s+)?" },
  weekday: { podLink: "(?:por|en|de)\\s+la|a\\s+la", podOf: { article: "(?:la|el)\\s+", link: "del|de" } },
  phrases: ES_PHRASES,
  phraseModLink: "\\s+(?:de|del)\\s+(?:la\\s+|el\\s+)?",
  month: { modLink: "\\s+de\\s+", monthYear: "\\s+(?:de|del)\\s+|\\s+", monthOf: "(?:el\\s+)?mes\\s+de" },
  year: { yearWord: "(?:el\\s+)?año", modLink: "\\s+(?:de|del)\\s+", amountAfter: "euros?|dólares|pesos|personas|habitantes|millones|kilómetros|km|metros|toneladas|votos|puntos|casos|muertos|heridos" },
  bareDay: "(?:el\\s+)?día",
  holidays: { fixed: ES_FIXED_HOLIDAYS, fromEaster: ES_EASTER_HOLIDAYS },
  decade: "(?:(?:los|las)\\s+)?(?:años|década\\s+de\\s+los)\\s+(?<d>(?:19|20)?[1-9]0|['’][1-9]0)",
  clock: { before: "a\\s+las|a\\s+la|desde\\s+las|hasta\\s+las|las", approx: "hacia\\s+las|sobre\\s+las|alrededor\\s+de\\s+las", after: "horas|hrs|hs|h", named: { mediodía: 12, medianoche: 0 }, dayHalf: { am: "de\\s+la\\s+(?:mañana|madrugada)", pm: "de\\s+la\\s+tarde", night: "de\\s+la\\s+noche" } },
  ago: { pastBefore: "(?<!desde\\s+)hace", futureBefore: "dentro\\s+de", approx: "unos|unas|casi|más\\s+de|cerca\\s+de" },
  duration: {
    mods: { "más de": "MORE_THAN", "menos de": "LESS_THAN", casi: "APPROX", unos: "APPROX", unas: "APPROX", "cerca de": "APPROX", "al menos": "EQUAL_OR_MORE", alrededor: "APPROX" },
    vague: "varios|varias|algunos|algunas|pocos|pocas|muchos|muchas|los\\s+últimos|las\\s+últimas",
    half: "y\\s+medio|y\\s+media",
    ageBefore: /(?<![\p{L}])(?:de|con|a\s+los|tiene|tenía|cumplió|edad\s+de)\s*$/iu,
    ageAfter: /^\s*(?:de\s+edad|,)/i,
  },
  set: { every: "cada|todos\\s+los|todas\\s+las", per: "por|al|a\\s+la", adverbs: { diario: "P1D", diariamente: "P1D", semanal: "P1W", semanalmente: "P1W", mensual: "P1M", mensualmente: "P1M", anual: "P1Y", anualmente: "P1Y" }, habitual: "los", weekdays: { sábados: 6, sabados: 6, domingos: 0 } },
  range: { opener: /(?:^|[^\p{L}])(?:del?|desde\s+el|entre(?:\s+el)?)\s*$/iu, link: /^\s*(?:al|a|hasta\s+el|y\s+el|y|[-–])\s*$/iu },
  tense: ES_TENSE,
  falseFriends: new ESFalseFriendFilter(),
};
