/**
 * A pack's false-friend filter: drops what chrono reads in numbers alone when the tagger gave it no
 * TimeML tag (a bare "2000", a score "3-1", a fraction "1/2", with ":" too where the language writes
 * scores so: "3:1"), then what the pack's own rule rejects.
 */
import type { ParsingResult } from "chrono-node";
import { hasTimex } from "../timex";
import { FilterRefiner } from "./FilterRefiner";

export class FalseFriendFilter extends FilterRefiner {
  constructor(rule: (text: string, r: ParsingResult) => boolean, pairSeparators = "/-") {
    const pair = new RegExp(`^\\d{1,2}[${pairSeparators}]\\d{1,2}$`);
    super((text, r) => ((pair.test(r.text) || /^\d+$/.test(r.text)) && !hasTimex(r)) || rule(text, r));
  }
}
