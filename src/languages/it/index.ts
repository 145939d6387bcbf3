/** Italian language pack: temporal locale (temporal/), extraction data (extract.ts, triggers.ts). */
import { packTemporal } from "../../temporal/common/pack-temporal";
import type { LanguagePack } from "../types";
import { IT_TEMPORAL } from "./temporal";
import { IT } from "./extract";

export const IT_PACK: LanguagePack = { code: "it", name: "Italian", temporal: () => packTemporal(IT_TEMPORAL), extract: IT };
