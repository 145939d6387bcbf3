/** Temporal locales, built lazily from the language packs (src/languages/<code>/temporal). */
import type { Chrono } from "chrono-node";
import type { TimexType } from "./types";
import { getPack } from "../languages";
import { createNumericLocale } from "./common/numeric-locale";

export interface TemporalLocale {
  chrono: Chrono;
  /** TimeML type given to PRESENT_REF/PAST_REF/FUTURE_REF in this language's corpus convention. */
  refType: TimexType;
}

const built = new Map<string, TemporalLocale>();

/** Locale for a BCP 47 tag ("fr-FR" → fr); a language without a pack reads numeric dates only. */
export function getLocale(language: string): TemporalLocale {
  const pack = getPack(language);
  const code = pack?.code ?? "*numeric";
  let loc = built.get(code);
  if (!loc) {
    loc = pack ? pack.temporal() : createNumericLocale();
    built.set(code, loc);
  }
  return loc;
}
