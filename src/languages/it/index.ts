/** Italian language pack: temporal locale (temporal/), extraction data (extract.ts, triggers.ts). */
import type { LanguagePack } from "../types";
import { createItalianLocale } from "./temporal";
import { IT } from "./extract";

export const IT_PACK: LanguagePack = { code: "it", name: "Italian", temporal: createItalianLocale, extract: IT };
