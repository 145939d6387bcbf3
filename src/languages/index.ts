/**
 * The one registry of language packs. Adding a language = adding `src/languages/<code>/` (a
 * `LanguagePack`, see types.ts) and one line here.
 */
import type { LanguagePack } from "./types";
import { FR_PACK } from "./fr";
import { EN_PACK } from "./en";
import { DE_PACK } from "./de";
import { ES_PACK } from "./es";
import { IT_PACK } from "./it";
import { PT_PACK } from "./pt";
import { NL_PACK } from "./nl";
import { RU_PACK } from "./ru";

export type { EntityCues, LanguagePack, LocaleData, TriggerEntry } from "./types";

const PACKS = new Map<string, LanguagePack>();

export function registerPack(pack: LanguagePack): void {
  PACKS.set(pack.code, pack);
}

for (const p of [FR_PACK, EN_PACK, DE_PACK, ES_PACK, IT_PACK, PT_PACK, NL_PACK, RU_PACK]) registerPack(p);

/** Primary subtag of a BCP 47 tag ("fr-FR" → "fr"). */
export const primaryLanguage = (tag: string): string => tag.toLowerCase().split(/[-_]/)[0];

/** The pack of a language, or undefined when there is none. */
export function getPack(language: string): LanguagePack | undefined {
  return PACKS.get(primaryLanguage(language));
}

export function supportedLanguages(): string[] {
  return [...PACKS.keys()].sort();
}

/** Extraction data of a language; languages without a pack use the English data for now. */
export function getLocale(language: string) {
  return (getPack(language) ?? EN_PACK).extract;
}
