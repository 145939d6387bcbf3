/**
 * A bare number that chrono reads as an hour ("at 1" in "at 1,015 francs a share", "at 3.5 million")
 * is an amount when it goes on with digits or a unit: dropped before chrono merges it into a
 * neighbouring date ("Jan. 1, 1990 at 1,015 francs" is the 1st of January, not 01:00). So is a number
 * after a currency sign ("$1.08 late Wednesday" is late Wednesday, not 01:08) or a score's dash ("32-19").
 */
import { FilterRefiner } from "../../../../temporal/common/refiners/FilterRefiner";

const UNIT = /^\s*(?:[,.]\d|\s+\d+\/\d+|(?:\d\s*)?(?:%|percent|per\s+cent|cents?|dollars?|francs?|marks?|pence|pounds?|yen|lire|shares?|points?|million|billion|times|to\s+\d+\s+(?:percent|cents?|dollars?|points?)))/i;

export class ENAmountNotTimeFilter extends FilterRefiner {
  constructor() {
    super((text, r) => {
      // "rose to $1.09 from $1.08 late Wednesday": a price is no clock time (chrono reads "1.08" as 1:08);
      // nor is the second number of a score ("beat the Jets 32-19 on Monday night").
      if (/^\d{1,2}(?:[.:]\d\d)?$/.test(r.text) && /(?:[$£€¥]\s?|\d\s?[-–])$/.test(text.slice(Math.max(0, r.index - 2), r.index))) return true;
      if (!/^(?:at\s+|to\s+|from\s+)?\d{1,2}$/i.test(r.text)) return false;
      return UNIT.test(text.slice(r.index + r.text.length, r.index + r.text.length + 24));
    });
  }
}
