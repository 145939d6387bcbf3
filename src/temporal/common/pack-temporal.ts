/**
 * A tagger locale built from a pack's words alone: chrono's casual configuration of the language (its ISO
 * and numeric formats kept), the table-driven parsers of parsers/vocabulary/ in one fixed order, fed with
 * the pack's words, and the shared refiners (the pack's false-friend filter, tense resolution with its
 * tense cues, range ordering). The packs without parsers of their own (es, it, pt, nl, ru) give a
 * `TemporalWords` table (their temporal/index.ts) and nothing else: `temporal: () => packTemporal(words)`.
 */
import * as chrono from "chrono-node";
import type { Refiner } from "chrono-node";
import type { TemporalLocale } from "../registry";
import { buildConfiguration } from "./configuration";
import { AgoParser, type AgoWords } from "./parsers/vocabulary/AgoParser";
import { BareDayParser } from "./parsers/vocabulary/BareDayParser";
import { ClockTimeParser, type ClockWords } from "./parsers/vocabulary/ClockTimeParser";
import { DayMonthParser, type DateWords } from "./parsers/vocabulary/DayMonthParser";
import { DecadeParser } from "./parsers/vocabulary/DecadeParser";
import { DurationParser, type DurationWords } from "./parsers/vocabulary/DurationParser";
import { HolidayParser } from "./parsers/vocabulary/HolidayParser";
import { MonthParser, type MonthWords } from "./parsers/vocabulary/MonthParser";
import { NightSpanParser, type NightSpanWords } from "./parsers/vocabulary/NightSpanParser";
import { PhraseParser, type Phrase } from "./parsers/vocabulary/PhraseParser";
import { QuarterParser, type QuarterWords } from "./parsers/vocabulary/QuarterParser";
import { SeasonParser } from "./parsers/vocabulary/SeasonParser";
import { SetParser, type SetWords } from "./parsers/vocabulary/SetParser";
import { WeekdayParser, type WeekdayWords } from "./parsers/vocabulary/WeekdayParser";
import { YearParser, type YearWords } from "./parsers/vocabulary/YearParser";
import { RangeOrderRefiner, type RangeWords } from "./refiners/RangeOrderRefiner";
import { TenseResolutionRefiner } from "./refiners/TenseResolutionRefiner";
import type { TenseCues } from "./tense";
import { alt, type Vocabulary } from "./vocabulary";

type CasualConfiguration = ReturnType<typeof chrono.es.createCasualConfiguration>;

export interface TemporalWords {
  /** chrono's casual configuration of the language (`chrono.es.createCasualConfiguration(true)`), built when the locale is. */
  casual: () => CasualConfiguration;
  /** chrono refiners of that configuration the pack drops besides DROP (by class name: "ESMergeDateTimeRefiner"). */
  dropRefiners: string[];
  vocabulary: Vocabulary;
  night: NightSpanWords;
  quarter: QuarterWords;
  dayMonth: DateWords;
  weekday?: WeekdayWords;
  phrases: Phrase[];
  /** Between a mod word and a phrase ("finales de" mes). */
  phraseModLink: string;
  month: MonthWords;
  year: YearWords;
  /** Between a season and its year ("primavera de 2024"). */
  seasonYear?: string;
  /** Introduces a bare day number ("el día 24"). */
  bareDay?: string;
  holidays: { fixed: Record<string, [number, number]>; fromEaster: Record<string, number> };
  /** Decade pattern with a group `d` ("los años 80"). */
  decade: string;
  clock: ClockWords;
  ago: AgoWords;
  duration: DurationWords;
  set: SetWords;
  /** What opens a range before its start and links its two ends (weekday and month names come from the vocabulary). */
  range: Pick<RangeWords, "opener" | "link">;
  tense: TenseCues;
  /** The language's false friends (a FilterRefiner), run before tense resolution. */
  falseFriends: Refiner;
}

/** chrono parsers every such locale keeps: ISO dates and numeric day-first dates. */
const KEEP = ["ISOFormatParser", "SlashDateFormatParser"];

/** chrono refiners every such locale drops: ExtractTimezoneAbbrRefiner reads short words as zones (French "et" as Eastern Time). */
const DROP = ["ExtractTimezoneAbbrRefiner"];

/** The table-driven parsers, in the order they run, fed with the pack's words. */
function parsersOf(w: TemporalWords) {
  const V = w.vocabulary;
  return [
    new NightSpanParser(V, w.night),
    new QuarterParser(w.quarter),
    new DayMonthParser(V, w.dayMonth),
    new WeekdayParser(V, w.weekday),
    new PhraseParser(w.phrases, V, w.phraseModLink),
    new MonthParser(V, w.month),
    new YearParser(V, w.year),
    new SeasonParser(V, w.seasonYear),
    ...(w.bareDay ? [new BareDayParser(w.bareDay)] : []),
    new HolidayParser(w.holidays.fixed, w.holidays.fromEaster),
    new DecadeParser(w.decade),
    new ClockTimeParser(w.clock),
    new AgoParser(V, w.ago),
    new DurationParser(V, w.duration),
    new SetParser(V, w.set),
  ];
}

export function packTemporal(w: TemporalWords): TemporalLocale {
  const V = w.vocabulary;
  const range: RangeWords = { weekday: new RegExp(`^(?:${alt(V.weekdays)})$`, "iu"), month: new RegExp(`^(?:${alt(V.months)})$`, "iu"), ...w.range };
  const refiners = [w.falseFriends, new TenseResolutionRefiner(w.tense), new RangeOrderRefiner(range)];
  return { chrono: new chrono.Chrono(buildConfiguration(w.casual(), KEEP, parsersOf(w), refiners, [...w.dropRefiners, ...DROP])), refType: "DATE" };
}
