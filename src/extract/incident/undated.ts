/**
 * The news of the day: a sentence that tells an event without any date of its own ("Apple has
 * released the iPhone 4", « Le groupe a annoncé la fermeture de l'usine ») reports it as of the
 * publication day — the convention of news writing that TimeBank and TimeLine annotations follow
 * (events linked to the document creation time). Only in the lead (LEAD_SENTENCES), only past or
 * present events told by a lexicon verb: not plans, not denials, not generic predicates. The date's `text` is empty: no words of the source
 * gave it, and feeds say "publication day".
 */
import type { ExtractedIncident, IncidentDate } from "../types";
import type { Sentence } from "../sentences";
import type { ArticleContext } from "../incidents";
import { findTriggers, type TriggerMatch } from "../triggers";
import { buildIncident } from "./build";
import { reportedEvents } from "./attribution";

export function publicationDate(day: string): IncidentDate {
  return { value: day, start: day, end: day, granularity: "day", text: "" };
}

/** Sentences of the article's lead, where news writing tells the news of the day. */
export const LEAD_SENTENCES = 4;

/**
 * A declarative sentence does not open with its finite verb: a trigger in first position is a
 * headline's noun (« Rencontre sensationnelle avec Poutine », "Talks in Geneva") or an imperative.
 */
function opensSentence(text: string, t: TriggerMatch): boolean {
  return !/[\p{L}\p{N}]/u.test(text.slice(0, t.start));
}

export function undatedIncident(s: Sentence, ctx: ArticleContext): ExtractedIncident | undefined {
  if (s.index >= LEAD_SENTENCES) return undefined;
  const triggers = findTriggers(s.text, ctx.locale);
  let main = triggers.find((t) => t.entry.sense !== "generic" && t.entry.pos === "verb" && !opensSentence(s.text, t));
  if (!main) return undefined;
  const reportedBy = main.entry.kind === "statement" ? main : undefined;
  // A statement without a date is news only through the event it reports.
  if (reportedBy) main = reportedEvents(s.text, reportedBy, triggers, ctx.locale)[0];
  if (!main) return undefined;
  const rel = { start: main.end, end: main.end };
  const inc = buildIncident({ s, trig: main, date: publicationDate(ctx.publishedDay), dateRel: rel, entities: ctx.entities.inSentence(s), ctx, triggers, dates: [], reportedBy: main === reportedBy ? undefined : reportedBy });
  return inc.status === "planned" || inc.status === "denied" ? undefined : inc;
}
