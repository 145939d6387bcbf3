/** Dutch language pack: temporal locale (temporal/), extraction data (extract.ts, triggers.ts). */
import { packTemporal } from "../../temporal/common/pack-temporal";
import type { LanguagePack } from "../types";
import { NL_TEMPORAL } from "./temporal";
import { NL } from "./extract";

export const NL_PACK: LanguagePack = { code: "nl", name: "Dutch", temporal: () => packTemporal(NL_TEMPORAL), extract: NL };
