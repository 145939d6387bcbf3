/** English false friends: scores and ratios ("3-1"), lowercase "may"/"march" + number (verbs), bare numbers read as times, "Sun" and the Sunday papers, names made of a weekday ("Bloody Sunday"). */
import { FilterRefiner } from "../../../../temporal/common/refiners/FilterRefiner";
import { hasTimex } from "../../../../temporal/common/timex";

export class ENFalseFriendFilter extends FilterRefiner {
  constructor() {
    super((text, r) => {
      const t = r.text;
      // Amounts: "paying 12 3/4%", "rose 10.5%".
      if (/^\s*(?:%|percent\b)/.test(text.slice(r.index + t.length, r.index + t.length + 9))) return true;
      if (/^\d{1,2}[/-]\d{1,2}$/.test(t)) return true;
      // Month names are capitalised in English: lowercase "may 5" / "march 10" are the verbs.
      if (/^(?:may|march)\s/.test(t)) return true;
      // Names made of a weekday: "the Good Friday agreement", "Bloody Sunday", "Black Monday", "Super Tuesday".
      if (/^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i.test(t) && /\b(?:Good|Bloody|Black|Super|Cyber)\s+$/.test(text.slice(Math.max(0, r.index - 8), r.index))) return true;
      // Newspapers: "Sunday Times journalist", "the Sunday Telegraph".
      if (/^(?:sun|satur)day$/i.test(t) && /^\s+(?:Times|Telegraph|Mirror|Express|Herald|Post|Mail|People|Independent|Star|Tribune)\b/.test(text.slice(r.index + t.length, r.index + t.length + 14))) return true;
      // Chrono time expressions made of a bare number ("at 5", "10.5") without am/pm or colon.
      if (/^(?:at\s+)?\d{1,2}(?:\.\d+)?$/i.test(t)) return true;
      if (/^\d{1,3}(?:\.\d+)?\s*(?:-|to)\s*\d/.test(t) && !/[ap]\.?m\.?|:/i.test(t) && !hasTimex(r)) return true;
      if (/^(?:from\s+|at\s+)?\d{1,3}(?:\.\d+)?\s*[ap]?$/i.test(t)) return true;
      return false;
    });
  }
}
