/** Dutch false friends: "Goedemorgen", "Mei" and "Augustus" as names, scores "3-1", chrono's bare numbers. */
import { FalseFriendFilter } from "../../../../temporal/common/refiners/FalseFriendFilter";
import { textAfter, textBefore } from "../../../../temporal/common/around";

export class NLFalseFriendFilter extends FalseFriendFilter {
  constructor() {
    super((text, r) => {
      const t = r.text;
      const before = textBefore(text, r, 8);
      if (/^morgen$/i.test(t) && /goede(?:n)?\s*$|goeie\s*$/i.test(before)) return true;
      // Dutch writes months in lower case: a capitalised "Augustus" without a day or year is the emperor or a first name.
      if (/^Augustus$/.test(t) && !/\d\s*$/.test(before) && !/^\s+\d/.test(textAfter(text, r, 3))) return true;
      return false;
    });
  }
}
