/**
 * Incident status from the trigger's clause and date: denied ("ont nié") > planned ("devrait
 * rencontrer", "rencontrera", or a date after publication) > reported ("selon", conditional) > happened.
 */
import type { IncidentStatus } from "./types";
import type { LocaleData } from "../languages";
import type { TriggerMatch } from "./triggers";

/** A verb trigger in a future or conditional form, by the locale's cues (see LocaleData.status). */
function isFutureForm(trigger: TriggerMatch, before: string, status: LocaleData["status"]): boolean {
  if (trigger.entry.pos !== "verb") return false;
  if (status.futureEnding?.test(trigger.text.split(/\s+/).pop() ?? "")) return true;
  if (status.futureTrigger?.test(trigger.text)) return true;
  return !!status.futureBefore?.test(before.slice(-24));
}

/**
 * A verb trigger in the past perfect ("had left", « avait quitté », "had been designed"): its event lies
 * before the narrative's reference time. `before` is the sentence text up to the trigger.
 */
export function isPastPerfect(trigger: TriggerMatch, before: string, locale: LocaleData): boolean {
  const re = locale.status.pluperfect;
  if (!re || trigger.entry.pos !== "verb") return false;
  const words = trigger.text.split(/\s+/);
  return re.test(`${before.slice(-40)}${words.length > 1 ? ` ${words.slice(0, -1).join(" ")} ` : ""}`);
}

export function inferStatus(
  clause: string,
  trigger: TriggerMatch,
  triggerOffsetInClause: number,
  locale: LocaleData,
  dateStart: string,
  publishedDay: string,
): IncidentStatus {
  if (trigger.entry.sense === "denial") return "denied";
  const before = clause.slice(Math.max(0, triggerOffsetInClause - 50), triggerOffsetInClause);
  const around = clause.slice(Math.max(0, triggerOffsetInClause - 50), triggerOffsetInClause + trigger.text.length + 30);
  if (locale.status.denied.test(before) && locale.status.denialVerb?.test(before)) return "denied";
  const futureForm = isFutureForm(trigger, before, locale.status);
  if (dateStart > publishedDay) return "planned";
  // A future/conditional form is planned (also future-in-the-past: "a déclaré qu'il rencontrerait").
  if (futureForm) return "planned";
  if (locale.status.planned.test(before.slice(-30)) && dateStart >= publishedDay) return "planned";
  if (locale.status.reported.test(around) || locale.status.reported.test(clause)) return "reported";
  return "happened";
}
