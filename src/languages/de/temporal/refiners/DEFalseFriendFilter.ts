/**
 * German false friends: results that only look like dates. "Morgen" in "Guten Morgen", month names used
 * as names ("Mai" as a surname after a first name), weekday-named feasts and places ("Karsamstag" is a
 * holiday, "Aschermittwoch" too), abbreviations ("Mo", "Do", "Fr", "So" are words), scores ("3:1"),
 * chrono's bare numbers, the chancellor Angela "Merkel"-type names are left to the parsers.
 */
import { FalseFriendFilter } from "../../../../temporal/common/refiners/FalseFriendFilter";
import { textAfter, textBefore } from "../../../../temporal/common/around";

export class DEFalseFriendFilter extends FalseFriendFilter {
  constructor() {
    super((text, r) => {
      const t = r.text;
      const before = textBefore(text, r, 24);
      const after = textAfter(text, r, 16);
      // Abbreviations alone are words ("so", "do", "mi", "fr") or names.
      if (/^(?:so|mo|di|mi|do|fr|sa)\.?$/i.test(t)) return true;
      // "Guten Morgen", "Gute Nacht", "Guten Abend": greetings.
      if (/^(?:Morgen|Abend|Nacht|Tag)$/.test(t) && /(?:guten|gute)\s+$/i.test(before)) return true;
      // "Mai" after a first name or before a surname-like word is a name ("Karl Mai", "Mai Thi").
      if (/^Mai$/.test(t) && (/\p{Lu}\p{Ll}+\s+$/u.test(before) && !/(?:im|am|Anfang|Mitte|Ende|seit|bis|ab|vom|zum|Im|Am|Seit|Bis|Ab|\d\.)\s+$/.test(before))) return true;
      // Street and place names: "Sonntagstraße", "Freitagsgebet" are excluded by word boundaries; "Der Tag des Herrn" stays.
      if (/^(?:August|Juni|April)$/.test(t) && /^\s+\p{Lu}\p{Ll}+/u.test(after) && !/(?:im|Im|Anfang|Mitte|Ende|seit|Seit|bis|Bis|ab|Ab|\d\.)\s*$/.test(before)) return true;
      return false;
    }, "/:-");
  }
}
