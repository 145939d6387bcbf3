/** Italian false friends: "Natale" as a first name ("Natale Rossi"), "Primavera" in names, scores "3-1", chrono's bare numbers. */
import { FalseFriendFilter } from "../../../../temporal/common/refiners/FalseFriendFilter";

export class ITFalseFriendFilter extends FalseFriendFilter {
  constructor() {
    super((text, r) => {
      const t = r.text;
      const after = text.slice(r.index + t.length, r.index + t.length + 12);
      if (/^(?:Natale|Pasqua|Primavera|Maggio|Agosto)$/.test(t) && /^\s+\p{Lu}\p{Ll}/u.test(after)) return true;
      // "sabato" after an article and before a capitalised word can be a name ("Il Sabato del villaggio").
      if (/^(?:Sabato|Domenica)$/.test(t) && /(?:^|[^\p{L}])(?:il|la)\s+$/iu.test(text.slice(Math.max(0, r.index - 4), r.index))) return true;
      return false;
    });
  }
}
