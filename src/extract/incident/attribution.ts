/**
 * Who reports an event: "Kyodo rapporte que X est arrivé", "X arrived, Reuters reported",
 * "according to TASS, …", « selon le Kremlin, … ». The reporter is kept as attribution of the source;
 * the event itself is the incident.
 */
import type { Entity } from "../entities";
import type { LocaleData } from "../../languages";
import type { TriggerMatch } from "../triggers";
import { reportedClause } from "../reported";

/** A capital speaking is its government ("assure Washington" → the United States). */
const government = (e: Entity | undefined): Entity | undefined => (e?.capitalOf ? { ...e, name: e.capitalOf, type: "country" } : e);

/** The speaker of a reporting trigger: the subject before it, or the name right after it (inverted, "selon X"). */
export function speakerOf(text: string, st: TriggerMatch, inverted: boolean, entities: Entity[]): Entity | undefined {
  return government(speakerIn(text, st, inverted, entities));
}

function speakerIn(text: string, st: TriggerMatch, inverted: boolean, entities: Entity[]): Entity | undefined {
  const actors = entities.filter((e) => !e.adjective && (e.role === "actor" || e.type === "country" || e.type === "city"));
  const after = actors.filter((e) => e.start >= st.end && e.start - st.end < 60 && !/[,;:.]/u.test(text.slice(st.end, e.start)));
  const before = actors.filter((e) => e.end <= st.start && st.start - e.end < 60 && !/[;:]/u.test(text.slice(e.end, st.start)));
  if (inverted || !before.length) return after[0] ?? (inverted ? undefined : before[before.length - 1]);
  return before[before.length - 1];
}

/** Reporting triggers of the sentence whose reported clause holds `trig`, with their speakers. */
export function reportersOf(text: string, trig: TriggerMatch, triggers: TriggerMatch[], entities: Entity[], locale: LocaleData): Entity[] {
  const out: Entity[] = [];
  for (const st of triggers) {
    if (st === trig || st.entry.kind !== "statement" || st.entry.sense === "denial") continue;
    const clause = reportedClause(text, st, triggers, locale);
    if (!clause || trig.start < clause.start || trig.end > clause.end) continue;
    const who = speakerOf(text, st, clause.inverted, entities);
    if (who && !out.some((e) => e.name === who.name)) out.push(who);
  }
  return out;
}

/** Reporters named after an attribution cue in the sentence ("according to Reuters", « selon le Kremlin »). */
export function citedSources(text: string, entities: Entity[], locale: LocaleData): Entity[] {
  const cue = locale.attributionCue;
  if (!cue) return [];
  const out: Entity[] = [];
  cue.lastIndex = 0;
  for (let m = cue.exec(text); m; m = cue.exec(text)) {
    const at = m.index + m[0].length;
    const who = entities.find((e) => !e.adjective && e.start >= at && e.start - at <= 2);
    if (who && !out.some((e) => e.name === who.name)) out.push(who);
    if (m[0].length === 0) cue.lastIndex++;
  }
  return out;
}

/** Event triggers inside a reporting trigger's reported clause (the news it reports). */
export function reportedEvents(text: string, st: TriggerMatch, triggers: TriggerMatch[], locale: LocaleData): TriggerMatch[] {
  const clause = reportedClause(text, st, triggers, locale);
  if (!clause) return [];
  return triggers.filter((t) => t !== st && t.entry.kind !== "statement" && t.entry.kind !== "other" && t.start >= clause.start && t.end <= clause.end);
}
