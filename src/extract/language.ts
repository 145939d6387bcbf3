/** Language detection (franc-min) mapped from ISO 639-3 to BCP 47. */
import { franc } from "franc-min";

const ISO3_TO_BCP47: Record<string, string> = {
  fra: "fr", eng: "en", deu: "de", spa: "es", ita: "it", por: "pt", nld: "nl", rus: "ru",
  ukr: "uk", pol: "pl", cmn: "zh", jpn: "ja", kor: "ko", arb: "ar", tur: "tr", swe: "sv",
  ron: "ro", ces: "cs", hun: "hu", ell: "el", bul: "bg", hin: "hi", ind: "id", vie: "vi",
};

export function iso3ToBcp47(code: string): string | undefined {
  return ISO3_TO_BCP47[code];
}

/** BCP 47 primary tag of the text's language; "en" when undetermined. */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, 4000);
  const code = franc(sample, { minLength: 10 });
  return iso3ToBcp47(code) ?? "en";
}

/** Normalise a provided tag ("fr-FR", "FR") to its primary subtag. */
export function normalizeLanguage(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] || "en";
}
