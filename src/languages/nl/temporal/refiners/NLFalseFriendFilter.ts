/** Dutch false friends: "Goedemorgen", "Mei" and "Augustus" as names, scores "3-1", chrono's bare numbers. */
import { FalseFriendFilter } from "../../../../temporal/common/refiners/FalseFriendFilter";

export class NLFalseFriendFilter extends FalseFriendFilter {
  constructor() {
    super((text, r) => {
      const t = r.text;
      const before = text.slice(Math.max(0, r.index - 8), r.index);
      if (/^morgen$/i.test(t) && /goede(?:n)?\s*$|goeie\s*$/i.test(before)) return true;
      // Dutch writes months in lower case: a capitalised "Augustus" without a day or year is the emperor or a first name.
      if (/^Augustus$/.test(t) && !/\d\s*$/.test(before) && !/^\s+\d/.test(text.slice(r.index + t.length, r.index + t.length + 3))) return true;
      return false;
    });
  }
}
