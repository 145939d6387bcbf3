/** Portuguese publication-date words: datelines ("Lisboa, 16 ago 2023 (Lusa)", "16 de agosto de 2023") and story weekdays ("nesta segunda-feira"). */
import { dateWords } from "../date-words";
import { PT_VOCABULARY as V } from "./temporal/vocabulary";

export const PT_DATES = dateWords({
  months: V.months,
  weekdays: V.weekdays,
  // Lusa's and Agência Brasil's abbreviations, without dot.
  datelineMonths: { jan: 1, fev: 2, mar: 3, abr: 4, mai: 5, jun: 6, jul: 7, ago: 8, set: 9, out: 10, nov: 11, dez: 12 },
  dayMonthLink: "º?\\s+(?:de\\s+)?",
  monthYearLink: "\\s+(?:de\\s+)?",
  deicticDate: "nesta|neste|esta|este|hoje,?",
  deicticWeekday: "nesta|neste|esta|este",
  notStoryDay: /(?:até|desde|a\s+partir\s+d[eao]|próxim[ao]|antes\s+d[eao]|depois\s+d[eao]|para)(?:\s+[ao])?\s*$/iu,
});
