/**
 * Actors (people, organisations) and places (countries, cities, regions) of a sentence:
 * gazetteer matches (alias-aware) plus patterns: role prefix + capitalised name ("le président X"),
 * place prefix + capitalised name ("la ville de X").
 */
import type { LocaleData } from "../languages";
import { findEntities, type EntityType } from "./gazetteer";

export interface Entity {
  name: string;
  type: EntityType;
  role: "actor" | "place";
  start: number;
  end: number;
  adjective: boolean;
}

const CAP_SEQ = /^\s*((?:\p{Lu}[\p{L}'’-]*)(?:\s+(?:\p{Lu}[\p{L}'’-]*|de|du|des|von|van|al|bin|ben|el|la)){0,3})/u;

function roleOf(type: EntityType): "actor" | "place" {
  return type === "person" || type === "org" ? "actor" : "place";
}

function trimTail(name: string): string {
  return name.replace(/\s+(?:de|du|des|von|van|al|bin|ben|el|la)$/u, "");
}

/** Entities in `text` (a sentence), offsets relative to the sentence start. */
export function findSentenceEntities(text: string, locale: LocaleData): Entity[] {
  const out: Entity[] = findEntities(text).map((m) => ({
    name: m.entry.canonical,
    type: m.entry.type,
    role: roleOf(m.entry.type),
    start: m.start,
    end: m.end,
    adjective: m.adjective,
  }));
  const covered = (s: number, e: number) => out.some((x) => s < x.end && x.start < e);
  // Patterns: "<role> Name" → person, "<place noun> de Name" → place.
  const scan = (prefix: RegExp, type: EntityType) => {
    const words = /\p{Lu}/gu;
    for (let m = words.exec(text); m; m = words.exec(text)) {
      const i = m.index;
      if (i > 0 && /[\p{L}\p{N}]/u.test(text[i - 1])) continue;
      if (!prefix.test(text.slice(Math.max(0, i - 60), i))) continue;
      const seq = CAP_SEQ.exec(text.slice(i));
      if (!seq) continue;
      const name = trimTail(seq[1].trim());
      if (name.length < 3 || locale.stopwords.has(name.toLowerCase())) continue;
      // A pattern-found person needs a first and a last name ("le ministre de la Défense" is not one).
      if (type === "person" && name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).length < 2) continue;
      const end = i + name.length;
      if (!covered(i, end)) out.push({ name, type, role: roleOf(type), start: i, end, adjective: false });
      words.lastIndex = end;
    }
  };
  scan(locale.placePrefix, "place");
  scan(locale.rolePrefix, "person");
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
