/**
 * Portuguese false friends: the short weekday names are ordinals too ("a segunda vez", "a quinta
 * posição", "sexta economia"): without "-feira" they are weekdays only after "na/nesta/desta/próxima/
 * última…" or before "(11)", "passada", "à tarde"; "Natal" is also a city; scores; chrono's bare numbers.
 */
import { FalseFriendFilter } from "../../../../temporal/common/refiners/FalseFriendFilter";
import { textAfter, textBefore } from "../../../../temporal/common/around";

const SHORT_WEEKDAY = /^(?:(?:próxim[oa]|últim[oa]|passad[oa]|n?est[ae]|nessa|nesse|dest[ae])\s+)?(?:segunda|terça|terca|quarta|quinta|sexta)(?:\s|$)/i;
const WEEKDAY_BEFORE = /(?:(?<![\p{L}])(?:na|nesta|nessa|desta|dessa|até|próxima|última|toda|cada|à|de)\s+)$/iu;
const WEEKDAY_AFTER = /^\s*(?:\(\d|passada|que\s+vem|à\s+(?:tarde|noite)|de\s+manhã|pela|,|\.|e\s+(?:segunda|terça|quarta|quinta|sexta|sábado|domingo))/iu;

export class PTFalseFriendFilter extends FalseFriendFilter {
  constructor() {
    super((text, r) => {
      const t = r.text;
      const before = textBefore(text, r, 12);
      const after = textAfter(text, r, 16);
      if (SHORT_WEEKDAY.test(t) && !/feira/i.test(t) && !/^(?:próxim|últim|passad|n?est|ness|dest)/i.test(t) && !WEEKDAY_BEFORE.test(before) && !WEEKDAY_AFTER.test(after)) return true;
      // "Natal" (the city of Rio Grande do Norte): "em Natal", "de Natal" before a capitalised word.
      if (/^Natal$/.test(t) && /(?:em|de)\s+$/.test(before) && !/^\s+(?:de|do)\s/.test(after)) return true;
      return false;
    });
  }
}
