/** Russian language pack: temporal locale (temporal/), extraction data (extract.ts, triggers.ts). */
import { packTemporal } from "../../temporal/common/pack-temporal";
import type { LanguagePack } from "../types";
import { RU_TEMPORAL } from "./temporal";
import { RU } from "./extract";

export const RU_PACK: LanguagePack = { code: "ru", name: "Russian", temporal: () => packTemporal(RU_TEMPORAL), extract: RU };
