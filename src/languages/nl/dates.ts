/** Dutch publication-date words: datelines ("Amsterdam, 16 augustus 2023") and story weekdays. */
import { dateWords } from "../date-words";
import { NL_VOCABULARY as V } from "./temporal/vocabulary";

export const NL_DATES = dateWords({
  months: V.months,
  weekdays: V.weekdays,
  datelineMonths: { jan: 1, feb: 2, mrt: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, okt: 10, nov: 11, dec: 12 },
  notStoryDay: /(?:tot(?:\s+en\s+met)?|vanaf|sinds|volgende|komende|aanstaande|na|voor)\s*$/iu,
});
