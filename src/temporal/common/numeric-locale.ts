/**
 * The temporal locale of a language without a pack: numeric forms only (ISO dates "2023-09-12",
 * "2023-09-12T10:00", and day-first slash dates "12/09/2023"), which read the same in every language.
 * No words: no weekdays, months, relative or vague expressions.
 */
import * as chrono from "chrono-node";
import type { TemporalLocale } from "../registry";
import { buildConfiguration } from "./configuration";

const NUMERIC = ["ISOFormatParser", "SlashDateFormatParser"];

export function createNumericLocale(): TemporalLocale {
  // Day-first (the British configuration): "12/09/2023" is 12 September in most of the world's press.
  const config = buildConfiguration(chrono.en.configuration.createCasualConfiguration(true), NUMERIC, [], []);
  return { chrono: new chrono.Chrono(config), refType: "DATE" };
}
