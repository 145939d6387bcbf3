/** Portuguese language pack: temporal locale (temporal/), extraction data (extract.ts, triggers.ts). */
import { packTemporal } from "../../temporal/common/pack-temporal";
import type { LanguagePack } from "../types";
import { PT_TEMPORAL } from "./temporal";
import { PT } from "./extract";

export const PT_PACK: LanguagePack = { code: "pt", name: "Portuguese", temporal: () => packTemporal(PT_TEMPORAL), extract: PT };
