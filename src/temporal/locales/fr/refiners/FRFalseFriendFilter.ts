/** French false friends: results that only look like dates ("jeu vidéo", scores "3-1", page furniture). */
import { FilterRefiner } from "../../../common/refiners/FilterRefiner";

export class FRFalseFriendFilter extends FilterRefiner {
  constructor() {
    super((text, r) => {
      const t = r.text;
      // Abbreviated weekdays/months alone ("jeu", "mar", "sam") are nouns or names.
      if (/^(?:jeu|mar|mer|ven|sam|dim|lun|mars?|mai)\.?$/i.test(t) && !/^(?:mars|mai)$/.test(t)) return true;
      // Slash/dash numbers inside scores or fractions: "3/1", "2-1".
      if (/^\d{1,2}[/-]\d{1,2}$/.test(t)) return true;
      // Chrono's bare numbers ("1 et") are not times.
      if (/^\d+(?:\s+et)?$/.test(t) && !/^(?:1[6-9]|20)\d{2}$/.test(t)) return true;
      return false;
    });
  }
}
