/** Italian publication-date words: datelines ("ROMA, 16 AGO (ANSA)", "16 agosto 2023") and story weekdays. */
import { dateWords } from "../date-words";
import { IT_VOCABULARY as V } from "./temporal/vocabulary";

export const IT_DATES = dateWords({
  months: V.months,
  weekdays: V.weekdays,
  // ANSA's abbreviations, without dot.
  datelineMonths: { gen: 1, feb: 2, mar: 3, apr: 4, mag: 5, giu: 6, lug: 7, ago: 8, set: 9, sett: 9, ott: 10, nov: 11, dic: 12 },
  deicticDate: "questo|questa|oggi,?",
  deicticWeekday: "questo|questa",
  notStoryDay: /(?:fino\s+a|entro|da|dal|prossimo|prossima|dopo|prima\s+di|per)\s*$/iu,
});
