/**
 * One language pack per language: everything language-specific lives in `src/languages/<code>/`
 * behind this interface, registered once in `src/languages/index.ts`. Common code (temporal/common,
 * extract, merge) holds no words of any language; it reads them from the pack of the article's language.
 */
import type { TemporalLocale } from "../temporal/registry";
import type { LocaleData } from "./extract-types";

export type { EntityCues, HeadlineGrammar, LocaleData, PredicateClass, TriggerEntry } from "./extract-types";

export interface LanguagePack {
  /** ISO 639-1 code ("fr"). */
  code: string;
  /** English name of the language ("French"), for messages. */
  name: string;
  /** Builds the temporal tagger's chrono configuration (parsers, refiners, tense cues); called once, lazily. */
  temporal: () => TemporalLocale;
  /** Extraction data: triggers and kinds, status and report cues, entity cues, stop words, headline grammar. */
  extract: LocaleData;
}
