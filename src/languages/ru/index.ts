/** Russian language pack: temporal locale (temporal/), extraction data (extract.ts, triggers.ts). */
import type { LanguagePack } from "../types";
import { createRussianLocale } from "./temporal";
import { RU } from "./extract";

export const RU_PACK: LanguagePack = { code: "ru", name: "Russian", temporal: createRussianLocale, extract: RU };
