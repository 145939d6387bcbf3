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
      const start = text.lastIndexOf("\n", r.index) + 1;
      const nl = text.indexOf("\n", r.index);
      const line = text.slice(start, nl < 0 ? text.length : nl);
      // A stamp is a short line of its own, not a sentence ("Updated figures were released Monday.").
      return line.length <= 80 && STAMP.test(line) && !/[a-z]{3,}\s+[a-z]{3,}\s+[a-z]{3,}/.test(line.replace(STAMP, ""));
    });
  }
}
