/** Spanish language pack: temporal locale (temporal/), extraction data (extract.ts, triggers.ts). */
import type { LanguagePack } from "../types";
import { createSpanishLocale } from "./temporal";
import { ES } from "./extract";

export const ES_PACK: LanguagePack = { code: "es", name: "Spanish", temporal: createSpanishLocale, extract: ES };
