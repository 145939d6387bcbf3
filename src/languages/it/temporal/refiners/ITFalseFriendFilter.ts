/** Italian false friends: "Natale" as a first name ("Natale Rossi"), "Primavera" in names, scores "3-1", chrono's bare numbers. */
import { FalseFriendFilter } from "../../../../temporal/common/refiners/FalseFriendFilter";
import { textAfter, textBefore } from "../../../../temporal/common/around";

export class ITFalseFriendFilter extends FalseFriendFilter {
  constructor() {
    super((text, r) => {
      const t = r.text;
      const after = textAfter(text, r, 12);
      if (/^(?:Natale|Pasqua|Primavera|Maggio|Agosto)$/.test(t) && /^\s+\p{Lu}\p{Ll}/u.test(after)) return true;
      // "sabato" after an article and before a capitalised word can be a name ("Il Sabato del villaggio").
      if (/^(?:Sabato|Domenica)$/.test(t) && /(?:^|[^\p{L}])(?:il|la)\s+$/iu.test(textBefore(text, r, 4))) return true;
      return false;
    });
  }
}
