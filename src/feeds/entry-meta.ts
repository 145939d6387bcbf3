/** What RSS and Atom entries carry besides their text: authors, categories, distinct update times, language. */
import type { Incident } from "../model/incident";

/** Publishers of an incident's sources (their names, else the sites' host names), in source order, once each. */
export function publishers(i: Incident): string[] {
  const names = i.sources.map((s) => s.source?.trim() || hostOf(s.url));
  return [...new Set(names.filter((n) => n.length > 0))];
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return "";
  }
}

export interface Category {
  term: string;
  /** Vocabulary the term belongs to: kind, place or actor. */
  scheme: "kind" | "place" | "actor";
}

export function categories(i: Incident): Category[] {
  return [
    { term: i.kind, scheme: "kind" as const },
    ...i.places.map((term) => ({ term, scheme: "place" as const })),
    ...i.actors.map((term) => ({ term, scheme: "actor" as const })),
  ];
}

/** The one language of every incident on the page, if there is just one (RSS <language>). */
export function singleLanguage(incidents: Incident[]): string | null {
  const all = new Set(incidents.flatMap((i) => i.languages));
  return all.size === 1 ? [...all][0] : null;
}

const hash = (s: string) => {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
};

/**
 * Entry update times, distinct within a page. Incidents changed by one merge share one instant; feed
 * validators (and readers that key on the pair id + updated) want distinct values. Each time keeps its
 * second and takes a millisecond derived from the incident id, so it is stable across fetches and
 * filters while the incident does not change; a remaining collision takes the next free millisecond of
 * the same second (a page has at most 500 entries, a second 1000 milliseconds).
 */
export function distinctUpdates(incidents: Incident[]): Map<string, string> {
  const used = new Set<number>();
  const out = new Map<string, string>();
  for (const i of incidents) {
    const second = wholeSecond(i.updatedAt);
    let offset = hash(i.id) % 1000;
    while (used.has(second + offset)) offset = (offset + 1) % 1000;
    used.add(second + offset);
    out.set(i.id, new Date(second + offset).toISOString());
  }
  return out;
}

/** Milliseconds of the whole second an ISO time falls in. */
export const wholeSecond = (iso: string) => Math.floor(Date.parse(iso) / 1000) * 1000;

/** An ISO time truncated to its second (published times: never after the entry's updated time). */
export const toSecond = (iso: string) => new Date(wholeSecond(iso)).toISOString();
