/**
 * Short readable headline per incident in the source language: actor + action + place
 * ("Kim Jong-un quitte Pyongyang", "Sommet Kim Jong-un – Poutine à Vladivostok"). Never a sentence cut.
 */
import { entryFor } from "./gazetteer";
import type { Entity } from "./entities";
import type { TriggerMatch } from "./triggers";

export interface TitleParts {
  language: string;
  trigger: TriggerMatch;
  /** Actors in order of relevance (surface forms as written in the article). */
  actors: string[];
  /** Place entity nearest the trigger (canonical) and its surface form. */
  place?: { canonical: string; surface: string; type: Entity["type"] };
}

function placePhrase(lang: string, prep: string | undefined, place: NonNullable<TitleParts["place"]>): string {
  const e = entryFor(place.canonical);
  const isCountry = place.type === "country";
  if (prep === "" ) return place.surface;
  if (isCountry && e?.inPhrase?.[lang] && (prep === "à" || prep === "in")) return e.inPhrase[lang];
  if (lang === "fr") {
    if (prep === "de" && /^[aeiouyéèh]/iu.test(place.surface)) return `d'${place.surface}`;
    return `${prep ?? "à"} ${place.surface}`;
  }
  return `${prep ?? "in"} ${place.surface}`;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function buildTitle(p: TitleParts): string {
  const { trigger, actors, place, language } = p;
  const e = trigger.entry;
  const where = place ? " " + placePhrase(language, e.placePrep, place) : "";
  const joiner = language === "fr" ? " et " : " and ";
  if (e.pos === "noun" && (e.kind === "meeting" || e.kind === "agreement") && actors.length >= 2) {
    return cap(`${e.noun} ${actors.slice(0, 2).join(" – ")}${where}`);
  }
  if (actors.length) {
    let verb = e.verb;
    if (actors.length >= 2 && e.kind === "meeting" && e.pos === "verb") return cap(`${actors[0]} ${verb} ${actors[1]}${where}`);
    if (e.placePrep === "" && !place) verb = e.verb; // "quitte" needs an object: fall back to noun form
    if (e.placePrep === "" && !place) return cap(`${e.noun} ${language === "fr" ? "de" : "of"} ${actors[0]}`);
    return cap(`${actors[0]} ${verb}${where}`).trim();
  }
  if (place) return cap(`${e.noun}${where === " " + place.surface ? (language === "fr" ? " de " : " from ") + place.surface : where}`);
  void joiner;
  return cap(e.noun);
}
