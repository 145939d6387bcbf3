/**
 * Spanish false friends: "mañana" as the morning is handled by the phrase table; here "Mayo"/"Marzo"
 * as surnames, "la Primavera Árabe", scores "3-1", chrono's bare numbers and day-first numbers that
 * are fractions or phone numbers.
 */
import { FalseFriendFilter } from "../../../../temporal/common/refiners/FalseFriendFilter";
import { textAfter, textBefore } from "../../../../temporal/common/around";

export class ESFalseFriendFilter extends FalseFriendFilter {
  constructor() {
    super((text, r) => {
      const t = r.text;
      const after = textAfter(text, r, 12);
      // "Plaza de Mayo", "Dos de Mayo" (a street), "Primavera Árabe": a capitalised month/season after "de" or before a capitalised word is a name.
      if (/^(?:Mayo|Marzo|Abril|Primavera|Otoño)$/.test(t) && (/(?:Plaza|Avenida|calle|Calle)\s+(?:de\s+)?$/.test(textBefore(text, r, 16)) || /^\s+\p{Lu}/u.test(after))) return true;
      // "Viernes Negro", "Martes de Carnaval" are names of days, not dates.
      if (/^(?:viernes|martes|lunes)$/i.test(t) && /^\s+(?:Negro|negro|de\s+Carnaval)/.test(after)) return true;
      return false;
    });
  }
}
