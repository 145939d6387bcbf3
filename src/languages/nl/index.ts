/** Dutch language pack: temporal locale (temporal/), extraction data (extract.ts, triggers.ts). */
import type { LanguagePack } from "../types";
import { createDutchLocale } from "./temporal";
import { NL } from "./extract";

export const NL_PACK: LanguagePack = { code: "nl", name: "Dutch", temporal: createDutchLocale, extract: NL };
