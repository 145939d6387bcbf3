/**
 * Page furniture: site date headers, "Mis à jour …" stamps, bylines, author bios, ads, share and
 * comment prompts. Lines that are furniture are removed from the text incidents are extracted from.
 */
import type { LocaleData } from "../languages";
import { getLocale } from "../languages";

const COMMON: RegExp[] = [
  /^\s*spot_img\s*$/i,
  /^\s*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s*,\s*(?:rédact|journalist|correspondant|reporter|éditeur|éditrice|editor|chroniqu|columnist|writer|auteur|autrice)/iu,
  /^\s*[\p{L}.]+\s+(?:avec|with)\s+(?:AFP|Reuters|AP|TASS|KCNA)\s*$/u,
  /^\s*(?:©|copyright)/iu,
];

/** A single short line that is only a person's first name or a site name (byline remnants). */
const LONE_NAME = /^\s*\p{Lu}[\p{Ll}'’-]+\s*$/u;

/** Prefix furniture words glued before the story on the same line ("Publicité Lire la suite Avec …"). */
const LEADING_FURNITURE = /^\s*(?:(?:publicité|advertisement|lire la suite|read more|suivre|follow|partager|share)\s+)+/iu;
/** Everything after these markers on a line is furniture ("À lire aussi…", "Newsletter…"). */
const TRAILING_FURNITURE = /\s*(?:À lire aussi|A lire aussi|Lire aussi|Read also|Read more|Newsletter\s*Recevez|Je m['’]abonne|Abonnez-vous|Sign up for)[\s\S]*$/u;

export function isFurnitureLine(line: string, locale: LocaleData): boolean {
  const l = line.trim();
  if (!l) return false;
  // Long lines are story text even when they start with a furniture word (handled by trimming).
  if (l.length > 160 && !/votre commentaire|your comment/iu.test(l)) return false;
  if (COMMON.some((r) => r.test(l))) return true;
  if (LONE_NAME.test(l)) return true;
  // Other supported languages' furniture too (mixed-language pages are common).
  for (const loc of [locale, getLocale("en"), getLocale("fr")]) if (loc.furniture.some((r) => r.test(l))) return true;
  return false;
}

/** Leading stamps glued to the headline ("date 2023-09 Corée du Nord: …"). */
const LEADING_STAMP = /^\s*(?:date|dated)\s*:?\s*\d{4}-\d{2}(?:-\d{2})?\s+/iu;

/** Remove furniture lines and glued stamps; keep paragraph structure. */
export function stripFurniture(text: string, locale: LocaleData): string {
  const out: string[] = [];
  for (const raw of text.split(/\n/)) {
    const line = raw
      .replace(/^\s*[•·▪◦]\s*/u, "")
      .replace(LEADING_STAMP, "")
      .replace(LEADING_FURNITURE, "")
      .replace(TRAILING_FURNITURE, "");
    if (isFurnitureLine(line, locale)) continue;
    out.push(line.trimEnd());
  }
  return out.join("\n").replace(/\n{3,}/g, "\n\n").trim();
}
