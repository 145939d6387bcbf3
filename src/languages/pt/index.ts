/** Portuguese language pack: temporal locale (temporal/), extraction data (extract.ts, triggers.ts). */
import type { LanguagePack } from "../types";
import { createPortugueseLocale } from "./temporal";
import { PT } from "./extract";

export const PT_PACK: LanguagePack = { code: "pt", name: "Portuguese", temporal: createPortugueseLocale, extract: PT };
