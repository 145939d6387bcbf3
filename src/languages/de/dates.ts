/** German publication-date words: datelines ("Moskau, 16. August 2023 (dpa)") and story weekdays ("am Montag"). */
import { dateWords } from "../date-words";
import { DE_MONTHS, DE_WEEKDAYS } from "./temporal/constants";

export const DE_DATES = dateWords({
  months: DE_MONTHS,
  weekdays: DE_WEEKDAYS,
  dayMonthLink: "\\.\\s*",
  deicticDate: "diesem|heute,?",
  deicticWeekday: "diesem|an\\s+diesem",
  notStoryDay: /(?:bis(?:\s+zu[mr])?|ab|seit|nächsten|kommenden|vor|nach)\s*$/iu,
});
