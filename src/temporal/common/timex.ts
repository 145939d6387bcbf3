/**
 * TimeML annotations carried on chrono results. Chrono components only know calendar fields, so
 * the parsers attach TimeML facts (type, explicit value, mod, granularity, part of day, how an
 * underspecified date must be anchored) as component tags `tx:<key>=<value>`; tags survive
 * chrono's clone/merge refiners.
 */
import type { ParsingComponents, ParsingResult } from "chrono-node";
import type { Granularity, TimexType } from "../types";

export type Anchor =
  /** weekday only → nearest such weekday in the tense direction */
  | "weekday"
  /** day + month without year */
  | "monthday"
  /** month without year */
  | "month"
  /** season without year (value field `season`) */
  | "season"
  /** relative to the previously mentioned date (la veille, le lendemain, bare clock times) */
  | "previous"
  /** one of the candidate days in `days` (a holiday in consecutive years, a day number in consecutive
   * months), chosen in the tense direction */
  | "candidates";

export interface TimexInfo {
  type?: TimexType;
  /** Final TimeML value, when the parser computed it (durations, sets, vague refs, weeks, quarters…). */
  value?: string;
  mod?: string;
  gran?: Granularity;
  /** Part of day suffix: MO, AF, EV, NI, MI (midday) … */
  pod?: string;
  anchor?: Anchor;
  /** Explicit direction given by the expression itself ("prochain" "1", "dernier" "-1"), or a soft
   * one that overrides the clause tense only ("past", "future": "Wednesday's ruling"). */
  dir?: string;
  /** Day offset for anchor=previous (la veille -1, le lendemain +1). */
  offset?: string;
  /** Candidate ISO days for anchor=candidates, comma-separated. */
  days?: string;
  /** Season code for anchor=season. */
  season?: string;
  /** "1": the resolved day stands for its week's weekend (value 2023-W37-WE). */
  weekend?: string;
  /** Inclusive ISO day range when the parser computed it. */
  rangeStart?: string;
  rangeEnd?: string;
}

const PREFIX = "tx:";

export function setTimex(c: ParsingComponents | ParsingResult, info: TimexInfo): void {
  for (const [k, v] of Object.entries(info)) {
    if (v === undefined) continue;
    for (const t of [...getTags(c)]) if (t.startsWith(`${PREFIX}${k}=`)) deleteTag(c, t);
    c.addTag(`${PREFIX}${k}=${v}`);
  }
}

function getTags(c: ParsingComponents | ParsingResult): Set<string> {
  return c.tags();
}

function deleteTag(c: ParsingComponents | ParsingResult, tag: string): void {
  const comps = "start" in c ? [c.start, c.end] : [c];
  for (const x of comps) (x as unknown as { _tags?: Set<string> })?._tags?.delete(tag);
}

/** The component's own tag set, read without the defensive copy `tags()` makes (hot path). */
const ownTags = (c: ParsingComponents | null | undefined): Iterable<string> =>
  c ? ((c as unknown as { _tags?: Set<string> })._tags ?? c.tags()) : [];

function* allTags(r: ParsingResult | ParsingComponents): Iterable<string> {
  if ("start" in r) {
    yield* ownTags(r.start);
    yield* ownTags(r.end);
  } else yield* ownTags(r);
}

export function getTimex(r: ParsingResult | ParsingComponents): TimexInfo {
  const info: Record<string, string> = {};
  for (const t of allTags(r)) {
    if (!t.startsWith(PREFIX)) continue;
    const i = t.indexOf("=");
    const k = t.slice(PREFIX.length, i);
    if (!(k in info)) info[k] = t.slice(i + 1);
  }
  return info as TimexInfo;
}

export function hasTimex(r: ParsingResult): boolean {
  for (const t of allTags(r)) if (t.startsWith(PREFIX)) return true;
  return false;
}

export function hasTimexValue(r: ParsingResult): boolean {
  for (const t of allTags(r)) if (t.startsWith(`${PREFIX}value=`)) return true;
  return false;
}

/** Results chrono's merging refiners must leave alone: fixed values and expressions anchored on the day in focus. */
export function isProtected(r: ParsingResult): boolean {
  for (const t of allTags(r)) if (t.startsWith(`${PREFIX}value=`) || t === `${PREFIX}anchor=previous`) return true;
  return false;
}
