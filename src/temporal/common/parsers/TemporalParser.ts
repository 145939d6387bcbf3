/**
 * Base class of the tagger's chrono parsers: like chrono's AbstractParserWithWordBoundaryChecking,
 * but the word boundary is Unicode-aware (chrono's `\W` treats "é" as a boundary), the regex is
 * compiled once per parser instance, and helpers build results carrying TimeML tags.
 */
import type { Parser, ParsingContext, ParsingResult } from "chrono-node";
import { compile } from "../regex";
import { setTimex, type TimexInfo } from "../timex";

// Anchored, so that irregexp gives up at position 0 instead of trying every position.
const NEVER = /^(?!)/;
const LETTER = /[A-Za-zÀ-ÖØ-öø-ÿŒœŸА-яЁё0-9]/;

/** Compiles a backwards prefix for `TemporalParser.before` (anchored at the end, word-bounded). */
export const prefixPattern = (source: string): RegExp => compile(`(?<![\\p{L}\\p{N}])(?:${source})$`, "i");

export abstract class TemporalParser implements Parser {
  private compiled?: RegExp;

  /** Regex source of the expression (case-insensitive, Unicode). */
  protected abstract innerPattern(): string;

  /** Builds a result from a match whose boundaries were checked, or null to reject it. */
  protected abstract innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null;

  private triggerRe?: RegExp | null;

  /**
   * Words one of which every match contains (a cheap pre-test: texts without them skip the parser's
   * full pattern). Null when the parser has no such keyword.
   */
  protected trigger(): string | null {
    return null;
  }

  pattern(context?: ParsingContext): RegExp {
    if (this.triggerRe === undefined) {
      const t = this.trigger();
      this.triggerRe = t ? compile(t, "i") : null;
    }
    if (this.triggerRe && context && !this.triggerRe.test(context.text)) return NEVER;
    return (this.compiled ??= compile(`(?<![\\p{L}\\p{N}])(?:${this.innerPattern()})(?![\\p{L}\\p{N}])`, "i"));
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const i = match.index ?? 0;
    if (i > 0 && LETTER.test(context.text[i - 1])) return null;
    return this.innerExtract(context, match);
  }

  /** Result spanning `text` at `index` with known calendar components and TimeML tags. */
  protected result(
    context: ParsingContext,
    index: number,
    text: string,
    info: TimexInfo,
    known?: Record<string, number>,
  ): ParsingResult {
    const r = context.createParsingResult(index, text, known ?? {});
    setTimex(r.start, info);
    return r;
  }

  /**
   * Matches `re` (compiled with `before()`) against the text just before `index`: patterns start at
   * their most selective word and read optional determiners/modifiers backwards, which is much cheaper
   * than trying optional prefixes at every position of the text.
   */
  protected before(context: ParsingContext, index: number, re: RegExp): { start: number; groups: Record<string, string | undefined> } | null {
    const window = context.text.slice(Math.max(0, index - 48), index);
    const m = re.exec(window);
    if (!m || m[0].length === 0) return null;
    return { start: index - (window.length - m.index), groups: m.groups ?? {} };
  }

  /** Result covering the match minus the groups named `pre` / `post` when they are present. */
  protected trimmed(context: ParsingContext, match: RegExpMatchArray, pre?: string, post?: string): { index: number; text: string } {
    let index = match.index ?? 0;
    let text = match[0];
    if (pre) {
      index += pre.length;
      text = text.slice(pre.length);
    }
    if (post) text = text.slice(0, text.length - post.length);
    return { index, text };
  }
}
