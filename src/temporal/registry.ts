/** Locale registry: language code → chrono instance configured with the tagger's parsers/refiners. */
import type { Chrono } from "chrono-node";
import type { TimexType } from "./types";

export interface TemporalLocale {
  chrono: Chrono;
  /** TimeML type given to PRESENT_REF/PAST_REF/FUTURE_REF in this language's corpus convention. */
  refType: TimexType;
}

const factories = new Map<string, () => TemporalLocale>();
const built = new Map<string, TemporalLocale>();

export function registerLocale(language: string, factory: () => TemporalLocale): void {
  factories.set(language, factory);
  built.delete(language);
}

/** Locale for a BCP 47 tag ("fr-FR" → fr); unknown languages fall back to English. */
export function getLocale(language: string): TemporalLocale {
  const key = language.toLowerCase().split(/[-_]/)[0];
  const lang = factories.has(key) ? key : "en";
  let loc = built.get(lang);
  if (!loc) {
    loc = factories.get(lang)!();
    built.set(lang, loc);
  }
  return loc;
}

export const registeredLanguages = (): string[] => [...factories.keys()];
