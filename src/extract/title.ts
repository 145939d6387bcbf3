/**
 * Short readable headline per incident in the source language: actor + action + place
 * ("Kim Jong-un quitte Pyongyang"), or the event noun phrase ("Invasion de l'Ukraine",
 * "Sommet Kim Jong-un – Poutine à Vladivostok"). Never a cut sentence.
 */
import type { HeadlineGrammar } from "../languages/extract-types";
import type { Entity } from "./entities";
import type { TriggerMatch } from "./triggers";

export interface TitleParts {
  language: string;
  trigger: TriggerMatch;
  /** People (surface forms as written in the article), most relevant first. */
  people: string[];
  /** Organisations (surface forms), used when no person acts. */
  orgs: string[];
  /** Place entity nearest the trigger (canonical) and its surface form. */
  place?: { canonical: string; surface: string; type: Entity["type"] };
  /** The trigger with its complement as written ("invasion de l'Ukraine"), for noun triggers. */
  nounPhrase?: string;
  /** Headline grammar of the article's language (of/in words, elision, country phrases). */
  grammar?: HeadlineGrammar;
  /** Locale auxiliaries stripped from generic predicates. */
  auxiliaries?: RegExp;
}

function placePhrase(g: HeadlineGrammar | undefined, prep: string | undefined, place: NonNullable<TitleParts["place"]>): string {
  const phrases = g?.placePhrases?.[place.canonical];
  if (prep === "") return phrases?.obj ?? place.surface;
  if (place.type === "country" && phrases?.in && prep === g?.inWord) return phrases.in;
  const el = g?.elision;
  if (el && prep === el.word && el.before.test(place.surface)) return `${el.form}${place.surface}`;
  const p = prep ?? g?.inWord;
  return p ? `${p} ${place.surface}` : place.surface;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const PERSON_TEMPLATE_KINDS = new Set(["travel", "meeting", "statement", "election", "agreement", "legal"]);

/** A pack's headline verb written with its place preposition ("llega a", "прибывает в"): the preposition comes with the place only. */
function withoutPlacePrep(e: TriggerMatch["entry"]): TriggerMatch["entry"] {
  const prep = e.placePrep;
  return prep && e.verb.endsWith(` ${prep}`) ? { ...e, verb: e.verb.slice(0, -(prep.length + 1)) } : e;
}

export function buildTitle(p: TitleParts): string {
  const { trigger, people, orgs, place, nounPhrase } = p;
  const e = withoutPlacePrep(trigger.entry);
  const g = p.grammar;
  const of = (noun: string, who: string) => (g?.ofWord ? `${noun} ${g.ofWord} ${who}` : `${noun} ${who}`);
  const withPlace = e.placePrep !== undefined && place;
  const where = withPlace ? " " + placePhrase(g, e.placePrep, place!) : "";
  const whereIn = withPlace ? " " + placePhrase(g, g?.inWord, place!) : "";
  const placeInPhrase = place && nounPhrase && nounPhrase.includes(place.surface);
  if (e.sense === "generic") {
    // Headline from the predicate itself without auxiliaries: "Vaclav Havel hospitalisé".
    const pred = trigger.text.replace(p.auxiliaries ?? /^$/, "").replace(/[«»“”"]/gu, "").trim();
    const who = people[0] ?? orgs[0];
    return cap(`${who ? who + " " : ""}${pred}${whereIn}`);
  }
  // A ballot is named by its own phrase ("Élections législatives", "Référendum sur …"), whoever is mentioned.
  if (e.sense === "ballot" && nounPhrase) return cap(`${nounPhrase}${placeInPhrase ? "" : whereIn}`);
  if (e.kind === "meeting" && people.length >= 2) {
    if (e.pos === "noun") return cap(`${e.sense === "summit" ? e.noun : e.noun} ${people[0]} – ${people[1]}${whereIn}`);
    return cap(`${people[0]} ${e.verb} ${people[1]}${whereIn}`);
  }
  if (people.length && PERSON_TEMPLATE_KINDS.has(e.kind)) {
    if (e.kind === "meeting" || (e.placePrep === "" && !place)) return cap(`${of(e.noun, people[0])}${e.kind === "meeting" ? whereIn : ""}`);
    return cap(`${people[0]} ${e.verb}${where}`);
  }
  if (nounPhrase) return cap(`${nounPhrase}${placeInPhrase ? "" : whereIn}`);
  const who = people[0] ?? orgs[0];
  if (who && (PERSON_TEMPLATE_KINDS.has(e.kind) || e.pos === "verb")) {
    if (e.placePrep === "" && !place) return cap(of(e.noun, who));
    return cap(`${who} ${e.verb}${where}`);
  }
  if (who) return cap(`${of(e.noun, who)}${whereIn}`);
  return cap(`${e.noun}${whereIn}`);
}
