import * as chrono from "chrono-node";
import type { TemporalLocale } from "../../registry";
export function createEnglishLocale(): TemporalLocale {
  return { chrono: chrono.en.casual.clone(), refType: "DATE" };
}
