/** English language pack: temporal locale (temporal/), extraction data (extract.ts, triggers.ts). */
import type { LanguagePack } from "../types";
import { createEnglishLocale } from "./temporal";
import { EN } from "./extract";

export const EN_PACK: LanguagePack = { code: "en", name: "English", temporal: createEnglishLocale, extract: EN };
