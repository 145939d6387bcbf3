/**
 * Spanish false friends: "mañana" as the morning is handled by the phrase table; here "Mayo"/"Marzo"
 * as surnames, "la Primavera Árabe", scores "3-1", chrono's bare numbers and day-first numbers that
 * are fractions or phone numbers.
 */
import { FilterRefiner } from "../../../../temporal/common/refiners/FilterRefiner";
import { hasTimex } from "../../../../temporal/common/timex";

export class ESFalseFriendFilter extends FilterRefiner {
  constructor() {
    super((text, r) => {
      const t = r.text;
      if (/^\d{1,2}[/-]\d{1,2}$/.test(t) && !hasTimex(r)) return true;
      if (/^\d+$/.test(t) && !hasTimex(r)) return true;
      const after = text.slice(r.index + t.length, r.index + t.length + 12);
      // "Plaza de Mayo", "Dos de Mayo" (a street), "Primavera Árabe": a capitalised month/season after "de" or before a capitalised word is a name.
      if (/^(?:Mayo|Marzo|Abril|Primavera|Otoño)$/.test(t) && (/(?:Plaza|Avenida|calle|Calle)\s+(?:de\s+)?$/.test(text.slice(Math.max(0, r.index - 16), r.index)) || /^\s+\p{Lu}/u.test(after))) return true;
      // "Viernes Negro", "Martes de Carnaval" are names of days, not dates.
      if (/^(?:viernes|martes|lunes)$/i.test(t) && /^\s+(?:Negro|negro|de\s+Carnaval)/.test(after)) return true;
      return false;
    });
  }
}
