/** Russian publication-date words: datelines ("МОСКВА, 16 августа 2023 /ТАСС/", "16 августа. /ТАСС/") and story weekdays, in all their cases. */
import { dateWords } from "../date-words";
import { RU_VOCABULARY as V } from "./temporal/vocabulary";

export const RU_DATES = dateWords({
  months: V.months,
  weekdays: V.weekdays,
  notStoryDay: /(?:до|с|со|к|ко|следующ\p{L}*|будущ\p{L}*|ближайш\p{L}*|после|перед)\s*$/iu,
});
