/**
 * Incident status from the trigger's clause and date: denied ("ont nié") > planned ("devrait
 * rencontrer", "rencontrera", or a date after publication) > reported ("selon", conditional) > happened.
 */
import type { IncidentStatus } from "./types";
import type { LocaleData } from "../languages";
import type { TriggerMatch } from "./triggers";

const FR_FUTURE_FORM = /(?:era|eront|erait|eraient|ira|iront|irait|iraient|dra|dront|drait|draient|ra|ront|rait|raient)$/iu;
const EN_FUTURE_FORM = /(?:^|\s)(?:will|would|shall|going to|is to|are to)\s+(?:\p{L}+\s+)?$/iu;

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
  if (locale.status.denied.test(before) && /(?:ni(?:é|ent)|dément|den(?:y|ied|ies))/iu.test(before)) return "denied";
  const futureForm = trigger.entry.pos === "verb" && (locale.language === "fr"
      ? FR_FUTURE_FORM.test(trigger.text.split(/\s+/).pop() ?? "")
      : /^(?:will|would|shall)\s/i.test(trigger.text) || EN_FUTURE_FORM.test(before.slice(-24)));
  if (dateStart > publishedDay) return "planned";
  // A future/conditional form is planned (also future-in-the-past: "a déclaré qu'il rencontrerait").
  if (futureForm) return "planned";
  if (locale.status.planned.test(before.slice(-30)) && dateStart >= publishedDay) return "planned";
  if (locale.status.reported.test(around) || locale.status.reported.test(clause)) return "reported";
  return "happened";
}
