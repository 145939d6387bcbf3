/** Place hierarchy (a city inside its country) and entity weights for merge evidence. */
import { placeOf } from "../extract/entities/places";

/** A place's canonical name ("Khassan" → Khasan, « Russie » → Russia); other names unchanged. */
export function canonical(name: string): string {
  return placeOf(name)?.canonical ?? name;
}

export function entityType(name: string): string {
  return placeOf(name)?.type ?? "unknown";
}

/** The place and every place that contains it (Khasan → Primorye → Russia). */
export function placeChain(name: string): string[] {
  const out: string[] = [];
  let cur: string | undefined = canonical(name);
  while (cur && !out.includes(cur)) {
    out.push(cur);
    cur = placeOf(cur)?.within;
  }
  return out;
}

/** True when one place is the other or contains it. */
export function placesRelated(a: string, b: string): boolean {
  return placeChain(a).includes(canonical(b)) || placeChain(b).includes(canonical(a));
}

/** Weight of a shared entity as evidence: precise places say more than countries. */
export function entityWeight(name: string): number {
  switch (entityType(name)) {
    case "city":
    case "region":
    case "place":
      return 1.5;
    case "country":
      return 0.5;
    default:
      return 1.5; // names of people and organisations, or precise places the data lacks
  }
}

export function isFinePlace(name: string): boolean {
  const t = entityType(name);
  return t === "city" || t === "region" || t === "place";
}
