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
import { contentWords } from "./headline";
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

/** The sentence's main event: its first lexicon verb with a subject, or the event a reporting verb reports. */
function mainEvent(s: Sentence, triggers: TriggerMatch[], ctx: ArticleContext): { main?: TriggerMatch; reportedBy?: TriggerMatch } {
  const main = triggers.find((t) => t.entry.sense !== "generic" && t.entry.pos === "verb" && !opensSentence(s.text, t));
  if (!main || main.entry.kind !== "statement") return { main };
  // A statement without a date is news only through the event it reports.
  return { main: reportedEvents(s.text, main, triggers, ctx.locale)[0], reportedBy: main };
}

/** The incident of a sentence without any temporal expression, dated `date` (publication day or reference time). */
export function undatedIncident(s: Sentence, ctx: ArticleContext, date: IncidentDate = publicationDate(ctx.publishedDay)): ExtractedIncident | undefined {
  const triggers = findTriggers(s.text, ctx.locale);
  const { main, reportedBy } = mainEvent(s, triggers, ctx);
  const build = (trig: TriggerMatch, by?: TriggerMatch) =>
    buildIncident({ s, trig, date: { ...date }, dateRel: { start: trig.end, end: trig.end }, entities: ctx.entities.inSentence(s), ctx, triggers, dates: [], reportedBy: by });
  const told = (inc: ExtractedIncident) => inc.status !== "planned" && inc.status !== "denied";
  // "Lund said the tablet had been designed in Norway": a past perfect lies before the reference time.
  const anterior = !!main && isPastPerfect(main, s.text.slice(0, main.start), ctx.locale);
  const event = main && !anterior ? build(main, reportedBy) : undefined;
  if (event && told(event)) return event;
  // "Jobs announced that the update would ship": the announcement is what happened at the reference time, not its content.
  const statement = reportedBy && reportedBy.entry.sense !== "denial" ? build(reportedBy) : undefined;
  // Only a statement whose headline says what was said ("Jobs says Tiger sold 2 million copies", not "Jobs says").
  return statement && statement.principal && told(statement) && contentWords(statement.title, ctx.locale) > 2 ? statement : undefined;
}
