/** Spanish language pack: temporal locale (temporal/), extraction data (extract.ts, triggers.ts). */
import { packTemporal } from "../../temporal/common/pack-temporal";
import type { LanguagePack } from "../types";
import { ES_TEMPORAL } from "./temporal";
import { ES } from "./extract";

export const ES_PACK: LanguagePack = { code: "es", name: "Spanish", temporal: () => packTemporal(ES_TEMPORAL), extract: ES };
