/**
 * Event anaphora: a definite or possessive event noun without a date of its own refers back to the
 * event of the same predicate already told in the article ("Apple launched the store on April 28,
 * 2003. … Since its launch the store has sold 3 billion songs", « Kim et Poutine se sont rencontrés
 * mardi. La rencontre a duré quatre heures »): it takes that event's date (`inferred: "reference"`), so
 * both sentences tell one incident. Indefinite nouns ("a launch", « une rencontre ») introduce new events.
 */
import type { ExtractedIncident } from "../types";
import type { Sentence } from "../sentences";
import type { ArticleContext } from "../incidents";
import { findTriggers } from "../triggers";
import { buildIncident } from "./build";

/** Per predicate, the latest earlier mention of it: its told, dated incident, or null when that mention was a plan, a denial or undated. */
export type Antecedents = Map<string, ExtractedIncident | null>;

/** Record the predicates `s` mentions, with the incident each one got (if told and dated by words). */
export function noteAntecedents(antecedents: Antecedents, s: Sentence, ctx: ArticleContext, incidents: ExtractedIncident[]): void {
  for (const t of findTriggers(s.text, ctx.locale)) {
    if (t.entry.sense === "generic") continue;
    const inc = incidents.find((i) => i.trigger === t.text && i.sentenceIndex === s.index);
    const told = inc && inc.status !== "planned" && inc.status !== "denied" && !inc.date.bound && !inc.date.inferred;
    antecedents.set(`${t.entry.kind}|${t.entry.sense}`, told ? inc : null);
  }
}

/** Incidents of `s` for its anaphoric event nouns, dated by the latest earlier mention of the same predicate. */
export function anaphoricIncidents(s: Sentence, ctx: ArticleContext, antecedents: Antecedents): ExtractedIncident[] {
  const det = ctx.locale.anaphoricDeterminer;
  if (!det || !antecedents.size) return [];
  const triggers = findTriggers(s.text, ctx.locale);
  const out: ExtractedIncident[] = [];
  for (const t of triggers) {
    if (t.entry.pos !== "noun" || t.entry.sense === "generic" || t.entry.kind === "statement") continue;
    if (!det.test(s.text.slice(Math.max(0, t.start - 12), t.start))) continue;
    const antecedent = antecedents.get(`${t.entry.kind}|${t.entry.sense}`);
    if (!antecedent) continue;
    const date = { ...antecedent.date, text: "", inferred: "reference" as const, bound: undefined };
    const own = buildIncident({ s, trig: t, date, dateRel: { start: t.end, end: t.end }, entities: ctx.entities.inSentence(s), ctx, triggers, dates: [] });
    // The same event: its participants and headline are the antecedent's; the words are this sentence's.
    const { title, principal, actors, places, attribution, status } = antecedent;
    out.push({ ...own, title, principal, actors: [...actors], places: [...places], attribution: [...attribution], status });
  }
  return out;
}
