/** French language pack: temporal locale (temporal/), extraction data (extract.ts, triggers.ts). */
import type { LanguagePack } from "../types";
import { createFrenchLocale } from "./temporal";
import { FR } from "./extract";

export const FR_PACK: LanguagePack = { code: "fr", name: "French", temporal: createFrenchLocale, extract: FR };
