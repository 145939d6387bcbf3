/**
 * Base of the table-driven parsers that read the pack's calendar words (`v`) and the words of their own
 * construction (`w`: links, cues, amounts), both given by the pack (src/languages/<code>/temporal).
 */
import type { Vocabulary } from "../../vocabulary";
import { TemporalParser } from "../TemporalParser";

export abstract class VocabularyParser<W> extends TemporalParser {
  constructor(
    protected readonly v: Vocabulary,
    protected readonly w: W,
  ) {
    super();
  }
}
