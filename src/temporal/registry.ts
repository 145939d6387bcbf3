/** Temporal locales, built lazily from the language packs (src/languages/<code>/temporal). */
import type { Chrono } from "chrono-node";
import type { TimexType } from "./types";
import { getPack } from "../languages";

export interface TemporalLocale {
  chrono: Chrono;
  /** TimeML type given to PRESENT_REF/PAST_REF/FUTURE_REF in this language's corpus convention. */
  refType: TimexType;
}

const built = new Map<string, TemporalLocale>();

/** Locale for a BCP 47 tag ("fr-FR" → fr); languages without a pack use English for now. */
export function getLocale(language: string): TemporalLocale {
  const pack = getPack(language) ?? getPack("en")!;
  let loc = built.get(pack.code);
  if (!loc) {
    loc = pack.temporal();
    built.set(pack.code, loc);
  }
  return loc;
}
