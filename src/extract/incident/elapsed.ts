/**
 * An event named by the time elapsed since it: "Five years after its launch, the service in
 * February passed its rival" dates the launch five years before the sentence's own date (or the
 * publication day), at year precision — the year is all the wording tells.
 */
import type { IncidentDate } from "../types";
import type { LocaleData } from "../../languages";
import type { TriggerMatch } from "../triggers";

export interface ElapsedEvent {
  trig: TriggerMatch;
  date: IncidentDate;
  rel: { start: number; end: number };
}

function years(word: string, locale: LocaleData): number | undefined {
  return /^\d+$/.test(word) ? Number(word) : locale.yearCounts?.[word.toLowerCase()];
}

/** Event nouns dated by an elapsed time before them; `anchorDay` is the sentence's event date or the publication day (YYYY-MM-DD). */
export function elapsedEvents(text: string, triggers: TriggerMatch[], anchorDay: string, locale: LocaleData): ElapsedEvent[] {
  const re = locale.yearsAfterEvent;
  if (!re) return [];
  const out: ElapsedEvent[] = [];
  for (const t of triggers) {
    if (t.entry.pos !== "noun" || t.entry.sense === "generic" || t.entry.kind === "statement") continue;
    const before = text.slice(Math.max(0, t.start - 50), t.start);
    const m = re.exec(before);
    const n = m ? years(m[1], locale) : undefined;
    if (!m || !n) continue;
    const year = String(Number(anchorDay.slice(0, 4)) - n).padStart(4, "0");
    const start = t.start - (before.length - m.index);
    out.push({ trig: t, date: { value: year, start: `${year}-01-01`, end: `${year}-12-31`, granularity: "year", text: m[0].trim() }, rel: { start, end: t.start } });
  }
  return out;
}
