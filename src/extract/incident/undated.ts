/**
 * Events told without any date of their own. News writing tells the news of the day and then its
 * story in the past tense without repeating the date: "Apple unveiled the phone on Monday. Jobs
 * demoed its camera." — the second event happened at the narrative's reference time (the last
 * story date), the convention that TimeBank and TimeLine annotations follow (events linked to the
 * document creation time or to the date the story is about). See ./reference.ts for which date
 * that is. Only past or present events told by a lexicon verb with a subject: not plans, not
 * denials, not generic predicates. The date's `text` is empty (no words of the sentence gave it)
 * and `inferred` says where it came from.
 */
import type { ExtractedIncident, IncidentDate } from "../types";
import type { Sentence } from "../sentences";
import type { ArticleContext } from "../incidents";
import { findTriggers, type TriggerMatch } from "../triggers";
import { buildIncident } from "./build";
import { reportedEvents } from "./attribution";
import { contentWordList } from "./headline";
import { isPastPerfect } from "../status";

export function publicationDate(day: string): IncidentDate {
  return { value: day, start: day, end: day, granularity: "day", text: "", inferred: "publication" };
}

/**
 * A declarative sentence does not open with its finite verb: a trigger in first position is a
 * headline's noun (« Rencontre sensationnelle avec Poutine », "Talks in Geneva") or an imperative.
 */
function opensSentence(text: string, t: TriggerMatch): boolean {
  return !/[\p{L}\p{N}]/u.test(text.slice(0, t.start));
}

/** A statement with a speaker whose headline says what was said: two content words beyond the speaker's name ("Jobs says", « Kim Jong-un déclare » say nothing). */
function saysWhat(inc: ExtractedIncident, ctx: ArticleContext): boolean {
  if (!inc.principal) return false;
  const name = new Set(contentWordList(inc.principal, ctx.locale));
  return contentWordList(inc.title, ctx.locale).filter((w) => !name.has(w)).length >= 2;
}

/**
 * "Putin said the talks were useful", « a jugé que la rencontre était un succès »: an event noun followed by
 * an auxiliary that no event word follows is the subject of what is claimed about it (an event told before),
 * not news the report brings ("said the talks were postponed" is: "postponed" is an event word).
 */
function subjectOfClaim(text: string, t: TriggerMatch, triggers: TriggerMatch[], ctx: ArticleContext): boolean {
  if (t.entry.pos !== "noun") return false;
  const after = text.slice(t.end);
  const gap = after.length - after.trimStart().length;
  const aux = ctx.locale.auxiliaries.exec(after.trimStart());
  if (!gap || !aux) return false;
  const next = t.end + gap + aux[0].length;
  return !triggers.some((x) => x.start === next && x.entry.sense !== "generic");
}

/** The sentence's main event: its first lexicon verb with a subject, or the event a reporting verb reports. */
function mainEvent(s: Sentence, triggers: TriggerMatch[], ctx: ArticleContext): { main?: TriggerMatch; reportedBy?: TriggerMatch } {
  const main = triggers.find((t) => t.entry.sense !== "generic" && t.entry.pos === "verb" && !opensSentence(s.text, t));
  if (!main || main.entry.kind !== "statement") return { main };
  // A statement without a date is news only through the event it reports.
  const reported = reportedEvents(s.text, main, triggers, ctx.locale).filter((t) => !subjectOfClaim(s.text, t, triggers, ctx));
  return { main: reported[0], reportedBy: main };
}

/** Dates an undated sentence can take: its event's (the reference time), and its report's (see reference.ts `reportDates`). */
export interface UndatedDates {
  event?: IncidentDate;
  report?: IncidentDate;
}

/** The incident of a sentence without any temporal expression, dated by the reference time (publication day in the lead). */
export function undatedIncident(s: Sentence, ctx: ArticleContext, dates: UndatedDates = { event: publicationDate(ctx.publishedDay) }): ExtractedIncident | undefined {
  const triggers = findTriggers(s.text, ctx.locale);
  const { main, reportedBy } = mainEvent(s, triggers, ctx);
  const build = (trig: TriggerMatch, date: IncidentDate, by?: TriggerMatch) =>
    buildIncident({ s, trig, date: { ...date }, dateRel: { start: trig.end, end: trig.end }, entities: ctx.entities.inSentence(s), ctx, triggers, dates: [], reportedBy: by });
  const told = (inc: ExtractedIncident) => inc.status !== "planned" && inc.status !== "denied";
  // "Lund said the tablet had been designed in Norway": a past perfect lies before the reference time.
  const anterior = !!main && isPastPerfect(main, s.text.slice(0, main.start), ctx.locale);
  // A state in the present tense ("the phone has two cameras") holds at the time of writing: the publication day, wherever the narrative's reference time is.
  const eventDate = main?.entry.sense === "state" && !reportedBy ? publicationDate(ctx.publishedDay) : dates.event;
  const event = main && !anterior && eventDate ? build(main, eventDate, reportedBy) : undefined;
  if (event && told(event)) return event;
  // "Jobs announced that the update would ship": the announcement is what happened at the reference time, not its content.
  const reportDate = dates.report ?? dates.event;
  const statement = reportedBy && reportDate && reportedBy.entry.sense !== "denial" ? build(reportedBy, reportDate) : undefined;
  // Only a statement whose headline says what was said ("Jobs says Tiger sold 2 million copies", not "Jobs says").
  return statement && told(statement) && saysWhat(statement, ctx) ? statement : undefined;
}

/**
 * "Jobs said that the company sold 13.7 million Macs last year", "Lund announced that the tablet will ship
 * in May": the sentence's dates belong to the reported content (background or plan); the report itself
 * happened at the reference time. `dated` are the sentence's incidents dated by its own words.
 */
export function reportAtReference(s: Sentence, ctx: ArticleContext, date: IncidentDate, dated: ExtractedIncident[], dateStarts: number[]): ExtractedIncident | undefined {
  const triggers = findTriggers(s.text, ctx.locale);
  const verb = triggers.find((t) => t.entry.kind === "statement" && t.entry.pos === "verb" && t.entry.sense !== "denial" && !opensSentence(s.text, t));
  // Only when every date of the sentence lies in the reported clause (after "that"/« que »: none dates the report itself) and no incident is the report.
  const that = ctx.locale.reports ? new RegExp(`(?<![\\p{L}])(?:${ctx.locale.reports.complementizer})`, "iu") : undefined;
  const inContent = (d: number) => !!verb && !!that && d > verb.end && that.test(s.text.slice(verb.end, d));
  if (!verb || !dateStarts.every(inContent) || dated.some((i) => i.kind === "statement")) return undefined;
  const inc = buildIncident({ s, trig: verb, date: { ...date }, dateRel: { start: verb.end, end: verb.end }, entities: ctx.entities.inSentence(s), ctx, triggers, dates: [] });
  return inc.status !== "planned" && inc.status !== "denied" && saysWhat(inc, ctx) ? inc : undefined;
}
