/** Locale registry: language → data. Unknown languages fall back to English. */
import type { LocaleData } from "./types";
import { FR } from "./fr";
import { EN } from "./en";

export type { LocaleData, TriggerEntry } from "./types";

const REGISTRY = new Map<string, LocaleData>([
  ["fr", FR],
  ["en", EN],
]);

export function registerLocale(data: LocaleData): void {
  REGISTRY.set(data.language, data);
}

export function getLocale(language: string): LocaleData {
  return REGISTRY.get(language.toLowerCase().split(/[-_]/)[0]) ?? EN;
}

export function supportedLanguages(): string[] {
  return [...REGISTRY.keys()].sort();
}
