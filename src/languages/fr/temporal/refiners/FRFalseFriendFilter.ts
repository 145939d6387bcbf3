/** French false friends: results that only look like dates ("jeu vidéo", scores "3-1", page furniture, « Mercredi », "le Printemps de Bourges"). */
import { FilterRefiner } from "../../../../temporal/common/refiners/FilterRefiner";
import { hasTimex } from "../../../../temporal/common/timex";

export class FRFalseFriendFilter extends FilterRefiner {
  constructor() {
    super((text, r) => {
      const t = r.text;
      // Abbreviated weekdays/months alone ("jeu", "mar", "sam") are nouns or names.
      if (/^(?:jeu|mar|mer|ven|sam|dim|lun|mars?|mai)\.?$/i.test(t) && !/^(?:mars|mai)$/.test(t)) return true;
      // Slash/dash numbers inside scores or fractions: "3/1", "2-1".
      if (/^\d{1,2}[/-]\d{1,2}$/.test(t)) return true;
      // Chrono's bare numbers ("1 et") are not times.
      if (/^\d+(?:\s+et)?$/.test(t) && !hasTimex(r)) return true;
      // Phone numbers "03.29.87.42.10" look like dates.
      if (/^\d{2}[./]\d{2}[./]\d{2}$/.test(t) && (/^[./]\d/.test(text.slice(r.index + t.length, r.index + t.length + 2)) || /\d[./]$/.test(text.slice(Math.max(0, r.index - 2), r.index)))) return true;
      // Feasts named after a weekday: "Vendredi saint", "Mardi gras".
      if (/^(?:vendredi|mardi|jeudi)$/i.test(t) && /^\s+(?:saint|gras)/i.test(text.slice(r.index + t.length, r.index + t.length + 7))) return true;
      const before = text.slice(Math.max(0, r.index - 24), r.index);
      const after = text.slice(r.index + t.length, r.index + t.length + 4);
      // A capitalised weekday inside a sentence is a name: « Mercredi » (a series), "le restaurant Le Mardi",
      // "le Samedi noir". Weekdays are written in lower case except at the start of a sentence or before a date.
      if (/^(?:Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche)$/.test(t) && !/^\s*,?\s*\d/.test(after)) {
        if (/«\s*$/.test(before) && /^\s*»/.test(after)) return true;
        if (!/(?:^|[.!?\n:;—–(«"“]\s*)$/.test(before)) return true;
      }
      // "le Printemps de Bourges", "l'Été indien", "le Printemps arabe": a capitalised season after its article is a name.
      if (/^(?:[Ll]e\s+|[Ll]['’]\s*)(?:Printemps|Été|Automne|Hiver)$/.test(t)) return true;
      return false;
    });
  }
}
