/**
 * One incident from one (trigger, date) pair of a sentence, in named steps: participants (subject,
 * objects, place) → who reports it → headline → status → the record. Pure.
 */
import type { ExtractedIncident, IncidentDate } from "../types";
import type { Entity } from "../entities";
import type { Sentence } from "../sentences";
import type { TriggerMatch } from "../triggers";
import type { ArticleContext } from "../incidents";
import { participants, type Participants } from "./participants";
import { citedSources, reportersOf, speakerOf } from "./attribution";
import { headlineOf } from "./headline";
import { inferStatus } from "../status";
import { reportedClause } from "../reported";
import { cyrb53 } from "../hash";

/** A window of at most QUOTE_MAX characters around the trigger and its date, cut at word boundaries. */
export const QUOTE_MAX = 400;

export interface BuildArgs {
  s: Sentence;
  trig: TriggerMatch;
  date: IncidentDate;
  dateRel: { start: number; end: number };
  entities: Entity[];
  ctx: ArticleContext;
  triggers: TriggerMatch[];
  dates: { start: number; end: number }[];
  /** Set when the incident is the event a reporting verb reports ("Kyodo rapporte que X est arrivé"). */
  reportedBy?: TriggerMatch;
}

/**
 * The speaker of a statement trigger (named subject, inverted subject, "selon X"). A pronoun subject
 * ("He demoed the widget", « Il a salué l'accord ») is the person it refers back to (the
 * participants' implicit subject), not the name after the verb, which is its object.
 */
function statementSpeaker(a: BuildArgs, parts: Participants): Entity | null | undefined {
  const clause = reportedClause(a.s.text, a.trig, a.triggers, a.ctx.locale);
  const inverted = clause?.inverted ?? false;
  const speaker = speakerOf(a.s.text, a.trig, inverted, a.entities);
  const pronounSubject = !inverted && a.ctx.locale.entities.personAnaphor.one.test(a.s.text.slice(Math.max(0, a.trig.start - 25), a.trig.start));
  if ((!speaker || speaker.start >= a.trig.end) && pronounSubject) {
    // The implicit subject found by the participants (another sentence's name); a name of this sentence after the verb is its object.
    const p = parts.principal;
    // null: the pronoun refers to nobody named recently — the statement has no known speaker (not its object).
    return p && !a.entities.includes(p) ? p : null;
  }
  // A passive statement names its speaker as the agent: "The phone was praised by Jobs as …".
  const agent = a.ctx.locale.reports?.inverted.agent;
  if (agent && !inverted && new RegExp(`^\\s+(?:${agent})\\s`, "iu").test(a.s.text.slice(a.trig.end))) {
    const byWho = a.entities.find((e) => !e.adjective && e.role === "actor" && e.start > a.trig.end && e.start - a.trig.end < 25);
    if (byWho) return byWho;
  }
  return speaker;
}

/** Reporters of the event (third parties only: an actor reporting its own act is no attribution). */
function attributionOf(a: BuildArgs, parts: Participants): Entity[] {
  const reporters = a.reportedBy
    ? [speakerOf(a.s.text, a.reportedBy, reportedClause(a.s.text, a.reportedBy, a.triggers, a.ctx.locale)?.inverted ?? false, a.entities)].filter((e): e is Entity => !!e)
    : [...reportersOf(a.s.text, a.trig, a.triggers, a.entities, a.ctx.locale), ...citedSources(a.s.text, a.entities, a.ctx.locale)];
  const cited = new Set(reporters.map((e) => e.name));
  // A reporter is no participant of what it reports.
  parts.actors = parts.actors.filter((e) => !cited.has(e.name));
  if (parts.principal && cited.has(parts.principal.name)) parts.principal = parts.actors[0];
  const own = new Set(parts.actors.map((e) => e.name));
  return reporters.filter((e, i) => !own.has(e.name) && reporters.findIndex((x) => x.name === e.name) === i);
}

export function quoteWindow(text: string, from: number, to: number, max = QUOTE_MAX): string {
  if (text.length <= max) return text;
  const mid = Math.floor((from + to) / 2);
  let start = Math.max(0, Math.min(mid - Math.floor(max / 2), text.length - max));
  let end = Math.min(text.length, start + max);
  if (start > 0) start = text.indexOf(" ", start) + 1 || start;
  if (end < text.length) end = text.lastIndexOf(" ", end) > start ? text.lastIndexOf(" ", end) : end;
  return `${start > 0 ? "…" : ""}${text.slice(start, end).trim()}${end < text.length ? "…" : ""}`;
}

function statusOf(a: BuildArgs, attribution: Entity[]): ExtractedIncident["status"] {
  const { s, trig, dateRel, date, ctx } = a;
  const clauseStart = Math.max(0, Math.min(trig.start, dateRel.start) - 60);
  const clause = s.text.slice(clauseStart, Math.max(trig.end, dateRel.end) + 40);
  const status = inferStatus(clause, trig, trig.start - clauseStart, ctx.locale, date.start, ctx.publishedDay);
  return status === "happened" && attribution.length ? "reported" : status;
}

export function buildIncident(a: BuildArgs): ExtractedIncident {
  const { s, trig, date, dateRel } = a;
  const statement = trig.entry.kind === "statement";
  const parts = participants(s, trig, a.entities, a.ctx, a.triggers);
  const found = statement ? statementSpeaker(a, parts) : undefined;
  const speaker = found ?? undefined;
  if (speaker && !parts.actors.some((e) => e.name === speaker.name)) parts.actors.unshift(speaker);
  if (speaker) parts.principal = speaker;
  if (found === null) parts.principal = undefined;
  const attribution = statement ? [] : attributionOf(a, parts);
  const title = headlineOf({ ...a, parts, speaker, titleFor: (t) => buildIncident({ ...a, trig: t, reportedBy: undefined }).title });
  const names = (es: Entity[]) => [...new Set(es.map((e) => e.name))].sort();
  return {
    key: cyrb53(`${trig.text.toLowerCase()}|${date.value}|${s.text}`),
    title,
    kind: trig.entry.kind,
    status: statusOf(a, attribution),
    date,
    actors: names(parts.actors.filter((e) => e.role === "actor" || e === parts.principal)),
    places: names(parts.places),
    principal: parts.principal?.name ?? null,
    predicate: trig.entry.sense === "generic" ? `${trig.entry.kind}` : trig.entry.sense,
    attribution: names(attribution),
    quote: quoteWindow(s.text, Math.min(trig.start, dateRel.start), Math.max(trig.end, dateRel.end)),
    trigger: trig.text,
    sentenceIndex: s.index,
  };
}
