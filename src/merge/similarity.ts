/** Pairwise evidence for "same incident": dates, kinds, entities (alias- and containment-aware), wording. */
import type { IncidentDate } from "../extract/types";
import { isoToDays, spanDays } from "../temporal/common/calendar";
import { fold } from "../extract/text-utils";

/** [first day, last day] as day numbers. */
export function isoSpan(d: IncidentDate): [number, number] {
  return [isoToDays(d.start), isoToDays(d.end)];
}

export type DateRelation = "equal" | "contains" | "within" | "overlap" | "disjoint";

export function dateRelation(a: IncidentDate, b: IncidentDate): DateRelation {
  if (a.start === b.start && a.end === b.end) return "equal";
  if (a.start <= b.start && b.end <= a.end) return "contains";
  if (b.start <= a.start && a.end <= b.end) return "within";
  if (a.start <= b.end && b.start <= a.end) return "overlap";
  return "disjoint";
}

/** Compatible = same span, or one inside the other (a day inside a week/month/range mention). */
export function datesCompatible(a: IncidentDate, b: IncidentDate): boolean {
  const r = dateRelation(a, b);
  return r === "equal" || r === "contains" || r === "within";
}

/** The finer of two compatible dates (shorter span; ties → finer value string, then lexicographic). */
/** A bound of the event ("jusqu'à mercredi", "since 2020") rather than its date: the words as written say so. */
export function isBoundDate(d: IncidentDate, quote?: string): boolean {
  if (d.bound || /^(?:depuis|jusqu['’]?|jusque|since|until|till|up to)(?![\p{L}])/iu.test(d.text ?? "")) return true;
  // "le forum … se termine mercredi" (the flag is not stored; the quote is): an end or start verb right before the date.
  if (!quote || !d.text) return false;
  const at = quote.indexOf(d.text);
  return at > 0 && /(?<![\p{L}])(?:se termin\p{L}*|s['’]ach[eè]v\p{L}*|prend(?:ra)? fin|commenc\p{L}*|début\p{L}*|ends?|ended|ending|begins?|began|starts?|started)\s+(?:le\s+|la\s+|on\s+|in\s+)?$/iu.test(quote.slice(0, at));
}

/** The finer of two compatible dates; an event's own date wins over a bound ("jusqu'à mercredi" inside 10–13 September). */
export function finerDate(a: IncidentDate, b: IncidentDate, quoteA?: string, quoteB?: string): IncidentDate {
  const ba = isBoundDate(a, quoteA);
  if (ba !== isBoundDate(b, quoteB)) return ba ? b : a;
  const sa = spanDays(a.start, a.end);
  const sb = spanDays(b.start, b.end);
  if (sa !== sb) return sa < sb ? a : b;
  if (a.value.length !== b.value.length) return a.value.length > b.value.length ? a : b;
  return a.value <= b.value ? a : b;
}

const STOP = new Set(
  "le la les l un une des du de d au aux et ou en a à dans par pour sur avec sans entre vers que qui dont où ce cet cette ces son sa ses leur leurs il elle ils elles on se s y ne n pas plus est sont été être ont avait the a an of to in on at by for with from and or but is are was were be been has have had it its he she they his her their this that as not will would".split(" "),
);

export function contentTokens(s: string): Set<string> {
  const toks = fold(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 2 && !STOP.has(t))
    .map((t) => t.slice(0, 6)); // crude stemming: inflections share a prefix
  return new Set(toks);
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}
