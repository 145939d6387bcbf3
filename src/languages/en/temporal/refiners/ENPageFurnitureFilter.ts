/**
 * Page furniture left in scraped articles: "Updated 10:32 AM EDT, Fri September 20, 2024", "Published:
 * 6:15 p.m. ET Sept. 19", "Last modified on …". The stamp dates the page, not anything the article
 * reports: every expression on such a line is dropped.
 */
import { FilterRefiner } from "../../../../temporal/common/refiners/FilterRefiner";

const STAMP = /^\s*(?:(?:last\s+)?updated|(?:first\s+)?published|posted|last\s+modified)\b\s*:?/i;

export class ENPageFurnitureFilter extends FilterRefiner {
  constructor() {
    super((text, r) => {
      // A stamp is a short line of its own, not a sentence ("Updated figures were released Monday."):
      // only the 80 characters around the expression are read (linear in the text, whatever its lines).
      const from = Math.max(0, r.index - 81);
      const back = text.slice(from, r.index).lastIndexOf("\n");
      if (back < 0 && from > 0) return false;
      const start = back < 0 ? 0 : from + back + 1;
      const ahead = text.slice(r.index, start + 81);
      const nl = ahead.indexOf("\n");
      if (nl < 0 && start + 81 < text.length) return false;
      const line = text.slice(start, nl < 0 ? Math.min(text.length, start + 81) : r.index + nl);
      return line.length <= 80 && STAMP.test(line) && !/[a-z]{3,}\s+[a-z]{3,}\s+[a-z]{3,}/.test(line.replace(STAMP, ""));
    });
  }
}
