/**
 * The narrative's reference time (Reichenbach; Mani & Wilson 2000: "the most recent time
 * expression" dates the undated events after it). A news story opens at the publication day, moves
 * to its story date as soon as a sentence dates a recent event ("Apple unveiled the phone on
 * Monday"), and stays there while the events that follow carry no date of their own ("Jobs demoed
 * its camera"). A sentence that dates an event far from the publication day (background: "Jobs
 * founded NeXT in 1985") leaves the story's time, and undated sentences after it get no date until
 * a recent date comes back. Planned, denied and bounding dates ("until Friday") do not move it.
 * Pure: one value per sentence, folded over the article in order.
 */
import type { ExtractedIncident, IncidentDate } from "../types";
import { isoToDays } from "../../temporal/common/calendar";

/** How far before the publication day a date still is the story's own time (a weekly's week). */
export const STORY_WINDOW_DAYS = 7;
/** Sentences of the article's lead, where news writing tells the news of the day even before any date. */
export const LEAD_SENTENCES = 4;

export type Reference =
  /** No story date yet: the lead tells the news of the publication day. */
  | { at: "publication" }
  /** The last dated event is recent: undated events that follow happened then. */
  | { at: "story"; date: IncidentDate }
  /** The last dated event is background: undated events that follow are not placed; reports still take the story date, if any. */
  | { at: "elsewhere"; story?: IncidentDate };

export const START: Reference = { at: "publication" };

/** A date of the story's own time: a day (or finer) within the window before publication. */
function storyTime(d: IncidentDate, publishedDay: string): boolean {
  if (d.bound || d.start !== d.end) return false;
  const lag = isoToDays(publishedDay) - isoToDays(d.start);
  return lag >= 0 && lag <= STORY_WINDOW_DAYS;
}

/** The reference time after a sentence whose own words dated `dated` (none: unchanged). */
export function nextReference(ref: Reference, dated: ExtractedIncident[], publishedDay: string): Reference {
  const told = dated.filter((i) => i.status !== "planned" && i.status !== "denied" && !i.date.bound && !i.date.inferred);
  if (!told.length) return ref;
  const recent = told.find((i) => storyTime(i.date, publishedDay));
  if (recent) return { at: "story", date: { ...recent.date } };
  return { at: "elsewhere", story: ref.at === "story" ? ref.date : ref.at === "elsewhere" ? ref.story : undefined };
}

/** The story date as another event of that day takes it: the day, without the first event's time ("2023-09-10TEV" → "2023-09-10"). */
function carried(d: IncidentDate): IncidentDate {
  return { value: d.start, start: d.start, end: d.end, granularity: "day", text: "", inferred: "reference" };
}

/** The date an undated event of sentence `index` takes at reference `ref`, if any. */
export function referenceDate(ref: Reference, index: number, publishedDay: string): IncidentDate | undefined {
  if (ref.at === "story") return carried(ref.date);
  if (ref.at === "publication" && index < LEAD_SENTENCES) return { value: publishedDay, start: publishedDay, end: publishedDay, granularity: "day", text: "", inferred: "publication" };
  return undefined;
}

/**
 * The date a report without a date of its own takes: quotes and reactions in news are told at the
 * story's time even after a background passage ("He founded NeXT in 1985. … Obama said Steve was among
 * the greatest"), so a report takes the story date (or, before any, the publication day) where an event
 * would take none.
 */
export function reportDate(ref: Reference, index: number, publishedDay: string): IncidentDate | undefined {
  if (ref.at !== "elsewhere") return referenceDate(ref, index, publishedDay);
  if (ref.story) return carried(ref.story);
  return { value: publishedDay, start: publishedDay, end: publishedDay, granularity: "day", text: "", inferred: "publication" };
}
