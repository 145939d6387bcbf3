/**
 * Portuguese temporal words for packTemporal (src/temporal/common/pack-temporal.ts):
 * chrono's casual Portuguese configuration (ISO and numeric day-first formats), the table-driven parsers
 * fed with the calendar words of vocabulary.ts, tense cues (tense.ts) and false friends (refiners/).
 */
import * as chrono from "chrono-node";
import type { TemporalWords } from "../../../temporal/common/pack-temporal";
import { PTFalseFriendFilter } from "./refiners/PTFalseFriendFilter";
import { PT_TENSE } from "./tense";
import { PT_EASTER_HOLIDAYS, PT_FIXED_HOLIDAYS, PT_PHRASES, PT_PLURAL_WEEKDAYS, PT_VOCABULARY as V } from "./vocabulary";

/**
 * "há"/"faz" + quantity is "ago" after a past verb ("foi eleito há dois anos") but "for" after a present
 * one ("está isolado há vinte anos", "vive há dez anos em Lisboa"): the duration parser reads those.
 */
const PT_AGO_CUE = "(?<!(?:desde|está|estão|é|são|vive|vivem|mora|moram|tem|têm|existe|existem|dura|duram|espera|esperam|aguarda|aguardam|luta|lutam|trabalha|trabalham|governa|governam|reina|continua|continuam|permanece|permanecem)\\s+(?:\\p{L}+\\s+)?)(?:há|ha|faz)";

export const PT_TEMPORAL: TemporalWords = {
  casual: () => chrono.pt.createCasualConfiguration(true),
  dropRefiners: ["PTMergeDateTimeRefiner"],
  vocabulary: V,
  night: { night: "(?:a\\s+)?(?:noite|madrugada)", from: "de", to: "para" },
  quarter: { ordinals: { primeiro: 1, segundo: 2, terceiro: 3, quarto: 4 }, quarter: "trimestre", half: "semestre", yearLink: "\\s+de\\s+" },
  dayMonth: { daySuffix: "º|°", firstDay: "primeiro", dayMonth: "\\s+de\\s+", monthYear: "\\s+de\\s+|,?\\s+", rangeOpen: "de|entre|do\\s+dia|dos\\s+dias", rangeLink: "a|e|até|[-–]", weekdayLink: "\\s*,?\\s*(?:\\(|dia\\s+)?" },
  weekday: { podLink: "(?:à|de|pela|na)", podOf: { article: "(?:a|na|pela)\\s+", link: "de|do|da" } },
  phrases: PT_PHRASES,
  phraseModLink: "\\s+(?:de|do|da)\\s+",
  month: { modLink: "\\s+(?:de\\s+)?", monthYear: "\\s+de\\s+|\\s+", monthOf: "(?:o\\s+)?mês\\s+de" },
  year: { yearWord: "(?:o\\s+)?ano", modLink: "\\s+(?:de\\s+)?", amountAfter: "euros?|reais|dólares|pessoas|habitantes|milhões|quilômetros|quilómetros|km|metros|toneladas|votos|pontos|casos|mortos|feridos" },
  seasonYear: "\\s+(?:de\\s+)?",
  bareDay: "(?:n?o\\s+)?dia",
  holidays: { fixed: PT_FIXED_HOLIDAYS, fromEaster: PT_EASTER_HOLIDAYS },
  decade: "(?:(?:os|nos|dos)\\s+)?anos\\s+(?<d>(?:19|20)?[1-9]0)",
  clock: { before: "às|as|desde\\s+as|até\\s+as|a\\s+partir\\s+das", approx: "por\\s+volta\\s+das|cerca\\s+das", after: "horas|hrs|h", named: { "meia-noite": 0 }, dayHalf: { am: "da\\s+(?:manhã|madrugada)", pm: "da\\s+tarde", night: "da\\s+noite" } },
  ago: { pastBefore: PT_AGO_CUE, pastAfter: "atrás", futureBefore: "daqui\\s+a|dentro\\s+de", approx: "cerca\\s+de|quase|mais\\s+de" },
  duration: {
    mods: { "mais de": "MORE_THAN", "menos de": "LESS_THAN", "cerca de": "APPROX", quase: "APPROX", "pelo menos": "EQUAL_OR_MORE" },
    vague: "vários|várias|alguns|algumas|poucos|poucas|muitos|muitas|os\\s+últimos|as\\s+últimas",
    half: "e\\s+meia|e\\s+meio",
    ageBefore: /(?<![\p{L}])(?:de|com|aos|tem|tinha|completou|idade\s+de)\s*$/iu,
    ageAfter: /^\s*(?:de\s+idade|,)/i,
  },
  set: { every: "a\\s+cada|cada|todos\\s+os|todas\\s+as|toda|todo", per: "por|ao", weekdays: PT_PLURAL_WEEKDAYS, habitual: "aos|às", adverbs: { diário: "P1D", diariamente: "P1D", semanal: "P1W", semanalmente: "P1W", mensal: "P1M", mensalmente: "P1M", anual: "P1Y", anualmente: "P1Y" } },
  range: { opener: /(?:^|[^\p{L}])(?:de|da|do|entre)\s*$/iu, link: /^\s*(?:a|à|ao|até|e|[-–])\s*$/iu },
  tense: PT_TENSE,
  falseFriends: new PTFalseFriendFilter(),
};
