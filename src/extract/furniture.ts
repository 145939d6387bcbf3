/**
 * Page furniture: site date headers, "Mis à jour …" stamps, bylines, author bios, ads, share and
 * comment prompts. Lines that are furniture are removed from the text incidents are extracted from.
 */
import type { LocaleData } from "../languages";
import { getLocale } from "../languages";
import type { FurnitureWords } from "../languages/extract-types";

const COMMON: RegExp[] = [/^\s*spot_img\s*$/i, /^\s*(?:©|copyright)/iu];

/** A single short line that is only a person's first name or a site name (byline remnants). */
const LONE_NAME = /^\s*\p{Lu}[\p{Ll}'’-]+\s*$/u;

/** The article's pack and the English and French ones: mixed-language pages are common. */
const furniturePacks = (locale: LocaleData): LocaleData[] => [locale, getLocale("en"), getLocale("fr")];

interface FurniturePatterns {
  byline: RegExp | null;
  wireCredit: RegExp | null;
  commentPrompt: RegExp | null;
  leadingStamp: RegExp | null;
  leading: RegExp | null;
  trailing: RegExp | null;
}

const patternCache = new WeakMap<LocaleData, FurniturePatterns>();

/** The union of the packs' furniture words, compiled once per article language. */
function patterns(locale: LocaleData): FurniturePatterns {
  let p = patternCache.get(locale);
  if (p) return p;
  const words = furniturePacks(locale).map((l) => l.furnitureWords ?? {});
  const alt = (k: Exclude<keyof FurnitureWords, "commentPrompt">) => [...new Set(words.map((w) => w[k]).filter((x): x is string => !!x))].join("|");
  const make = (src: string, build: (a: string) => string, flags: string) => (src ? new RegExp(build(src), flags) : null);
  p = {
    byline: make(alt("bylineRole"), (a) => `^\\s*\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?\\s*,\\s*(?:${a})`, "iu"),
    wireCredit: make(alt("wireCredit"), (a) => `^\\s*[\\p{L}.]+\\s+(?:${a})\\s+(?:AFP|Reuters|AP|TASS|KCNA)\\s*$`, "u"),
    commentPrompt: make(words.map((w) => w.commentPrompt?.source).filter(Boolean).join("|"), (a) => a, "iu"),
    leadingStamp: make(alt("stampLabel"), (a) => `^\\s*(?:${a})\\s*:?\\s*\\d{4}-\\d{2}(?:-\\d{2})?\\s+`, "iu"),
    leading: make(alt("leading"), (a) => `^\\s*(?:(?:${a})\\s+)+`, "iu"),
    trailing: make(alt("trailing"), (a) => `\\s*(?:${a})[\\s\\S]*$`, "u"),
  };
  patternCache.set(locale, p);
  return p;
}

export function isFurnitureLine(line: string, locale: LocaleData): boolean {
  const l = line.trim();
  if (!l) return false;
  const p = patterns(locale);
  // Long lines are story text even when they start with a furniture word (handled by trimming).
  if (l.length > 160 && !p.commentPrompt?.test(l)) return false;
  if (COMMON.some((r) => r.test(l)) || p.byline?.test(l) || p.wireCredit?.test(l)) return true;
  if (LONE_NAME.test(l)) return true;
  for (const loc of furniturePacks(locale)) if (loc.furniture.some((r) => r.test(l))) return true;
  return false;
}

/** Remove furniture lines and glued stamps; keep paragraph structure. */
export function stripFurniture(text: string, locale: LocaleData): string {
  const out: string[] = [];
  const p = patterns(locale);
  for (const raw of text.split(/\n/)) {
    let line = raw.replace(/^\s*[•·▪◦]\s*/u, "");
    for (const re of [p.leadingStamp, p.leading, p.trailing]) if (re) line = line.replace(re, "");
    if (isFurnitureLine(line, locale)) continue;
    out.push(line.trimEnd());
  }
  return out.join("\n").replace(/\n{3,}/g, "\n\n").trim();
}
