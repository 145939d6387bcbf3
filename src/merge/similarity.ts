/** Pairwise evidence for "same incident": dates, kinds, entities (alias- and containment-aware), wording. */
import type { IncidentDate } from "../extract/types";
import { isoToDays, spanDays } from "../temporal/common/calendar";
import { fold } from "../extract/text-utils";
import { getPack, supportedLanguages, type LocaleData } from "../languages";

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

/** Packs whose words judge a mention: its language's, or every pack when the language is not given. */
function packsFor(language?: string): LocaleData[] {
  const p = language ? getPack(language) : undefined;
  if (p) return [p.extract];
  return language ? [] : supportedLanguages().map((l) => getPack(l)!.extract);
}

const verbCache = new WeakMap<LocaleData, RegExp | null>();
/** An end or start verb of the pack right before the date ("se termine mercredi", "ends on Friday"). */
function boundVerbBefore(locale: LocaleData): RegExp | null {
  if (verbCache.has(locale)) return verbCache.get(locale)!;
  const verbs = [locale.endVerb, locale.startVerb].filter((v): v is RegExp => !!v).map((v) => v.source);
  const re = verbs.length ? new RegExp(`(?:${verbs.join("|")})\\s+(?:(?:${locale.dateArticle ?? "(?!)"})\\s+)?$`, "iu") : null;
  verbCache.set(locale, re);
  return re;
}

/**
 * A bound of the event ("jusqu'à mercredi", "since 2020") rather than its date: the flag, or the words as
 * written in the pack of the mention's language (every pack when `language` is not given).
 */
export function isBoundDate(d: IncidentDate, quote?: string, language?: string): boolean {
  if (d.bound) return true;
  const packs = packsFor(language);
  if (packs.some((l) => l.boundOpener?.test(d.text ?? ""))) return true;
  // "le forum … se termine mercredi" (the flag is not stored; the quote is): an end or start verb right before the date.
  if (!quote || !d.text) return false;
  const at = quote.indexOf(d.text);
  return at > 0 && packs.some((l) => boundVerbBefore(l)?.test(quote.slice(0, at)));
}

/** Quote and language of the mention a date comes from. */
export interface DateContext {
  quote?: string;
  language?: string;
}

/** The finer of two compatible dates; an event's own date wins over a bound ("jusqu'à mercredi" inside 10–13 September). */
export function finerDate(a: IncidentDate, b: IncidentDate, ctxA: DateContext = {}, ctxB: DateContext = {}): IncidentDate {
  const ba = isBoundDate(a, ctxA.quote, ctxA.language);
  if (ba !== isBoundDate(b, ctxB.quote, ctxB.language)) return ba ? b : a;
  const sa = spanDays(a.start, a.end);
  const sb = spanDays(b.start, b.end);
  if (sa !== sb) return sa < sb ? a : b;
  if (a.value.length !== b.value.length) return a.value.length > b.value.length ? a : b;
  return a.value <= b.value ? a : b;
}

const stopCache = new Map<string, Set<string>>();
/** The stop words of a language's pack, folded like the tokens (none for a language without a pack). */
function stopwords(language: string): Set<string> {
  let s = stopCache.get(language);
  if (!s) {
    s = new Set([...(getPack(language)?.extract.stopwords ?? [])].map((w) => fold(w)));
    stopCache.set(language, s);
  }
  return s;
}

/** Content words of a mention's text (stop words of its language dropped), crudely stemmed. */
export function contentTokens(s: string, language: string): Set<string> {
  const stop = stopwords(language);
  const toks = fold(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 2 && !stop.has(t))
    .map((t) => t.slice(0, 6)); // crude stemming: inflections share a prefix
  return new Set(toks);
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}
