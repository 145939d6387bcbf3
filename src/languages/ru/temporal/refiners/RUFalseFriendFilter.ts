/**
 * Russian false friends: "среда" is also the environment ("окружающая среда", "в среде экспертов"): it
 * is Wednesday only after "в/во/на/до/с/к/по" or a qualifier, or before a date; scores "3:1", chrono's
 * bare numbers; "Май" and months capitalised inside a sentence are names.
 */
import { FalseFriendFilter } from "../../../../temporal/common/refiners/FalseFriendFilter";

export class RUFalseFriendFilter extends FalseFriendFilter {
  constructor() {
    super((text, r) => {
      const t = r.text;
      const before = text.slice(Math.max(0, r.index - 14), r.index);
      const after = text.slice(r.index + t.length, r.index + t.length + 6);
      if (/^сред[аыеуо]й?$/i.test(t) && !/(?:^|[^\p{L}])(?:в|во|на|до|с|со|к|по|ко)\s+$/iu.test(before) && !/^\s*,?\s*\d/.test(after)) return true;
      return false;
    }, "/:-");
  }
}
