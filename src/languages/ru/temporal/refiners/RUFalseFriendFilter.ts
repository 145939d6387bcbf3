/**
 * Russian false friends: "среда" is also the environment ("окружающая среда", "в среде экспертов"): it
 * is Wednesday only after "в/во/на/до/с/к/по" or a qualifier, or before a date; scores "3:1", chrono's
 * bare numbers; "Май" and months capitalised inside a sentence are names.
 */
import { FalseFriendFilter } from "../../../../temporal/common/refiners/FalseFriendFilter";
import { RU_VOCABULARY } from "../vocabulary";
import { textAfter, textBefore } from "../../../../temporal/common/around";

/** A capitalised month form followed by a capitalised word is a first name ("Марта Иванова", "Мая Плисецкая"). */
const isFirstName = (t: string, after: string): boolean => /^\p{Lu}/u.test(t) && RU_VOCABULARY.months[t.toLowerCase()] !== undefined && /^\s+\p{Lu}\p{Ll}/u.test(after);

export class RUFalseFriendFilter extends FalseFriendFilter {
  constructor() {
    super((text, r) => {
      const t = r.text;
      const before = textBefore(text, r, 14);
      const after = textAfter(text, r, 6);
      if (/^сред[аыеуо]й?$/i.test(t) && !/(?:^|[^\p{L}])(?:в|во|на|до|с|со|к|по|ко)\s+$/iu.test(before) && !/^\s*,?\s*\d/.test(after)) return true;
      if (isFirstName(t, textAfter(text, r, 4))) return true;
      return false;
    }, "/:-");
  }
}
