/** German language pack: temporal locale (temporal/), extraction data (extract.ts, triggers.ts). */
import type { LanguagePack } from "../types";
import { createGermanLocale } from "./temporal";
import { DE } from "./extract";

export const DE_PACK: LanguagePack = { code: "de", name: "German", temporal: createGermanLocale, extract: DE };
