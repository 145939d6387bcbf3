/** Spanish publication-date words: datelines ("MADRID, 16 ago (EFE)", "16 de agosto de 2023") and story weekdays ("este lunes"). */
import { dateWords } from "../date-words";
import { ES_VOCABULARY as V } from "./temporal/vocabulary";

export const ES_DATES = dateWords({
  months: V.months,
  weekdays: V.weekdays,
  // EFE's abbreviations, without dot.
  datelineMonths: { ene: 1, feb: 2, mar: 3, abr: 4, may: 5, jun: 6, jul: 7, ago: 8, sep: 9, set: 9, oct: 10, nov: 11, dic: 12 },
  dayMonthLink: "º?\\s+(?:de\\s+)?",
  monthYearLink: "\\s+(?:de\\s+|del\\s+)?",
  deicticDate: "este|esta|hoy,?",
  deicticWeekday: "este|esta",
  notStoryDay: /(?:hasta|desde|a\s+partir\s+del?|próximo|antes\s+del?|después\s+del?|para)(?:\s+el)?\s*$/iu,
});
