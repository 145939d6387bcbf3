/**
 * The phrase table every pack gives the PhraseParser, built from the pack's own words in one fixed
 * order (days with their parts of day, weeks, weekends, months, years, month start/end, parts of day and
 * days relative to the day in focus, vague references): a pack says only what its language writes.
 */
import type { Phrase } from "./PhraseParser";

type Pod = "MO" | "AF" | "EV" | "NI";

/** Phrases of the unit before, after and holding the reference ("la semana pasada", "next week", "deze week"). Regex sources. */
export interface RelativePhrases {
  past?: string;
  next?: string;
  this?: string;
}

export interface PhraseWords {
  /** Days at an offset from the reference ("ayer" −1, "pasado mañana" +2), each with its parts of day ("ayer por la tarde" → AF). */
  days: { offset: number; word?: string; pods?: Partial<Record<Pod, string>> }[];
  week: RelativePhrases;
  weekend: RelativePhrases;
  month: RelativePhrases;
  year: RelativePhrases;
  /** This month's start and end ("a principios de mes", "fine mese"). */
  monthStart?: string;
  monthEnd?: string;
  /** Parts of the day in focus ("por la tarde", "'s avonds", "вечером"). */
  focusPods: Partial<Record<Pod, string>>;
  /** The day before / after / same as the day in focus ("la víspera", "l'indomani", "в тот же день"). */
  focusDays: { before?: string; after?: string; same?: string };
  /** Vague references: PRESENT_REF, PAST_REF, FUTURE_REF ("actualmente", "in passato", "в ближайшие дни"). */
  refs: { present?: string; past?: string; future?: string };
}

const relative = (unit: Phrase["unit"], r: RelativePhrases): Phrase[] =>
  (
    [
      [r.past, -1],
      [r.next, 1],
      [r.this, 0],
    ] as const
  ).flatMap(([pattern, offset]) => (pattern ? [{ pattern, unit, offset }] : []));

export function phraseTable(w: PhraseWords): Phrase[] {
  const days = w.days.flatMap(({ offset, word, pods = {} }): Phrase[] => [
    // A day's parts first: "ayer por la tarde" before "ayer".
    ...Object.entries(pods).map(([pod, pattern]) => ({ pattern, unit: "day" as const, offset, pod })),
    ...(word ? [{ pattern: word, unit: "day" as const, offset }] : []),
  ]);
  const monthMods: Phrase[] = [
    ...(w.monthEnd ? [{ pattern: w.monthEnd, unit: "month" as const, offset: 0, mod: "END" }] : []),
    ...(w.monthStart ? [{ pattern: w.monthStart, unit: "month" as const, offset: 0, mod: "START" }] : []),
  ];
  const focusPods = Object.entries(w.focusPods).map(([pod, pattern]) => ({ pattern, unit: "focus-pod" as const, pod }));
  const f = w.focusDays;
  const focusDays = relative("focus-day", { past: f.before, next: f.after, this: f.same });
  const refs = (
    [
      [w.refs.present, "PRESENT_REF"],
      [w.refs.past, "PAST_REF"],
      [w.refs.future, "FUTURE_REF"],
    ] as const
  ).flatMap(([pattern, value]) => (pattern ? [{ pattern, unit: "ref" as const, value }] : []));
  return [
    ...days,
    ...relative("week", w.week),
    ...relative("weekend", w.weekend),
    ...relative("month", w.month),
    ...relative("year", w.year),
    ...monthMods,
    ...focusPods,
    ...focusDays,
    ...refs,
  ];
}
