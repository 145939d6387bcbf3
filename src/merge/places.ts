/** Place hierarchy (gazetteer `within` chains) and entity weights for merge evidence. */
import { canonicalName, entryFor, type EntityType } from "../extract/gazetteer";

export function canonical(name: string): string {
  return canonicalName(name) ?? name;
}

export function entityType(name: string): EntityType | "unknown" {
  return entryFor(canonical(name))?.type ?? "unknown";
}

/** The place and every place that contains it (Khasan → Primorye → Russia). */
export function placeChain(name: string): string[] {
  const out: string[] = [];
  let cur: string | undefined = canonical(name);
  while (cur && !out.includes(cur)) {
    out.push(cur);
    cur = entryFor(cur)?.within;
  }
  return out;
}

/** True when one place is the other or contains it. */
export function placesRelated(a: string, b: string): boolean {
  return placeChain(a).includes(canonical(b)) || placeChain(b).includes(canonical(a));
}

/** Weight of a shared entity as evidence: people and precise places say more than countries. */
export function entityWeight(name: string): number {
  switch (entityType(name)) {
    case "person":
      return 2;
    case "city":
    case "region":
    case "place":
      return 1.5;
    case "org":
      return 1;
    case "country":
      return 0.5;
    default:
      return 1.5; // pattern-found names: a person or a precise place
  }
}

export function isFinePlace(name: string): boolean {
  const t = entityType(name);
  return t !== "country" && t !== "person" && t !== "org";
}
