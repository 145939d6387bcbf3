/**
 * Durations: "quatre ans", "30,4 secondes", "plus de vingt ans" (MORE_THAN), "près de 24 heures"
 * (APPROX), "une dizaine de jours" (APPROX), "quelques jours" (PXD), "ces derniers jours", "un quinquennat". Ages ("âgé de 30 ans",
 * "Jean, 30 ans,") are not durations.
 */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { durationValue, modOf } from "../../../../temporal/common/duration";
import { TemporalParser } from "../../../../temporal/common/parsers/TemporalParser";
import { compile } from "../../../../temporal/common/regex";
import { FR_APPROX_PATTERN, FR_NUMBER, FR_UNITS, FR_UNIT_PATTERN, approxNumber, parseFrNumber } from "../constants";

const MODS: Record<string, string> = {
  "près de": "APPROX", environ: "APPROX", quelque: "APPROX", "à peu près": "APPROX", presque: "APPROX",
  "plus de": "MORE_THAN", "moins de": "LESS_THAN", "au moins": "EQUAL_OR_MORE", "au plus": "EQUAL_OR_LESS",
  "pas moins de": "EQUAL_OR_MORE", "un peu plus de": "MORE_THAN", "bien plus de": "MORE_THAN", "un peu moins de": "LESS_THAN",
};
const VAGUE = "quelques|plusieurs|des|de\\s+longues|de\\s+longs|de\\s+nombreuses|de\\s+nombreux|ces\\s+derniers|ces\\s+dernières|les\\s+derniers|les\\s+dernières|ces";
const TERMS: Record<string, string> = { quinquennat: "P5Y", septennat: "P7Y", décennie: "P10Y", "demi-heure": "PT30M", "demi-journée": "PT12H", "mi-temps": "PT45M" };
const AGE_BEFORE = /(?:(?:^|\s)(?:a|ont|avait|avaient|aura|avoir|ayant|fête\s+ses|fêtera\s+ses|atteint\s+ses)\s+|[âa]g[ée]e?s?\s+de|l['’][âa]ge\s+de|\(\s*|\d\s*[-–à]\s*|les\s+(?:moins|plus)\s+de\s+)$/i;
/** Nouns that take a duration complement "de N ans" (otherwise "un chauffeur de 38 ans" is an age). */
const DURATION_HEADS = /(?:bout|terme|peine|période|durée|contrat|mandat|espace|plus|moins|près|absence|prison|réclusion|emprisonnement|détention|sursis|travail|retard|attente|intervalle|délai|cours|âge|exil|règne|carrière|histoire|vie|existence|guerre|conflit|programme|plan|bail|engagement|concession|moyenne|total|ensemble|séjour|stage|service|avance|gestation|suspension|interdiction|moratoire|trêve|crise|expérience|ancienneté|amende|investissement|prêt|emprunt|garantie|horizon|étape|série|cycle|phase|fin|plus\s+de|environ)\s+de\s*$/i;

/** "Il est mort à 87 ans." (an age), unless a sentence precedes ("condamné à dix ans"). */
const AGE_AT = /(?:^|[^\p{L}])(?:à|dès)\s*$/u;
const SENTENCE_BEFORE = /(?:condamn|requis|réclam|écop|peine|prison|réclusion|sursis|ferme|jusqu|passer|porter|port[ée]|allong|rédui|fix|limit|ramen|prolong|augment)\p{L}*\s+(?:\p{L}+\s+){0,2}(?:à|dès)\s*$/iu;
const CLOCK_BEFORE = /(?:^|[^\p{L}])(?:à|dès|vers|jusqu['’]à|avant)\s*$/iu;

const MOD_PATTERN =
  "un\\s+peu\\s+plus\\s+de|un\\s+peu\\s+moins\\s+de|bien\\s+plus\\s+de|pas\\s+moins\\s+de|près\\s+de|à\\s+peu\\s+près|environ|quelque|presque|plus\\s+de|moins\\s+de|au\\s+moins|au\\s+plus";
/** Quantity before the unit ("dix dernières années"), matched backwards from the unit word (cheaper than scanning for numbers). */
const QUANTITY = compile(`(?<![\\p{L}\\p{N}])(?:(?<mod>${MOD_PATTERN})\\s+)?(?:(?:(?<num>${FR_NUMBER})(?:\\s+(?:derni(?:ers|[eè]res)|prochain(?:s|es)|premi(?:ers|[eè]res)))?|(?<vague>${VAGUE}))\\s+|(?<approx>${FR_APPROX_PATTERN}))$`, "i");

export class FRDurationParser extends TemporalParser {
  protected innerPattern(): string {
    return (
      `(?<unit>${FR_UNIT_PATTERN})(?<half>\\s+et\\s+demie?)?` +
      `|(?<term>quinquennat|septennat|une\\s+(?:demi-heure|demi-journée|décennie))` +
      // "de 8 à 24 mois": the first bound is a duration of the same unit.
      `|(?<lone>\\d+(?:[,.]\\d+)?)(?=\\s+(?:à|ou)\\s+\\d+(?:[,.]\\d+)?\\s+(?<lunit>${FR_UNIT_PATTERN}))`
    );
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    const at = match.index!;
    if (g.term) {
      const key = g.term.toLowerCase().split(/\s+/).pop()!;
      return this.result(context, at, match[0], { type: "DURATION", value: TERMS[key], gran: "duration" });
    }
    if (g.lone) {
      if (!/(?:de|entre)\s+$/i.test(context.text.slice(Math.max(0, at - 7), at))) return null;
      const u = FR_UNITS[g.lunit.toLowerCase()];
      const n = parseFrNumber(g.lone);
      if (!u || !isFinite(n)) return null;
      return this.result(context, at, match[0], { type: "DURATION", value: durationValue(n, u), gran: "duration" });
    }
    const unitWord = g.unit.toLowerCase();
    const unit = FR_UNITS[unitWord];
    if (!unit) return null;
    const window = context.text.slice(Math.max(0, at - 60), at);
    const q = QUANTITY.exec(window);
    if (!q) return null;
    const qg = q.groups!;
    const i = at - (window.length - q.index);
    const text = context.text.slice(i, at + match[0].length);
    let n: number | "X";
    if (qg.vague) {
      // "les derniers jours de …" / "des mois" are vague durations; "ces jours" alone is not one.
      if (/^ces$/i.test(qg.vague)) return null;
      if (/^des$/i.test(qg.vague) && !/^(?:années|mois|semaines|jours|décennies|siècles)$/.test(unitWord)) return null;
      n = "X";
    } else {
      n = qg.approx ? approxNumber(qg.approx) : parseFrNumber(qg.num);
      if (!isFinite(n)) return null;
      if (g.half) n += 0.5;
      // "un homme d'une quarantaine d'années": read "d'" as "de" for the age tests.
      const before = context.text.slice(Math.max(0, i - 40), i).replace(/d['’]$/, "de ");
      const after = context.text.slice(at + match[0].length, at + match[0].length + 12);
      if (unit === "Y" && qg.mod && /^(?:moins|plus)/i.test(qg.mod) && /les\s+$/i.test(before)) return null; // "les moins de 17 ans"
      if (unit === "Y") {
        if (AGE_BEFORE.test(before) || (/,\s*$/.test(before) && /^\s*[,.)]/.test(after)) || /^\s*(?:d['’]âge|révolus)/.test(after)) return null;
        if (!qg.mod && /[A-Za-zÀ-ÖØ-öø-ÿŒœ]\s+de\s*$/.test(before) && !DURATION_HEADS.test(before)) return null;
      }
      if (unit === "Y" && AGE_AT.test(before) && !SENTENCE_BEFORE.test(before) && /^\s*(?:[,.;:)!?]|$)/.test(after)) return null; // "mort à 87 ans."
      // "à 11 heures", "dès 6 heures": a clock time (FRClockTimeParser), not a duration.
      if (unit === "H" && !qg.mod && /^\d{1,2}$/.test(qg.num) && n <= 24 && CLOCK_BEFORE.test(before) && !/^\s*(?:de\s|d['’])/i.test(after)) return null;
      if (unit === "H" && !qg.mod && /^(?:13|20)$/.test(qg.num) && /(?:^|[^\p{L}])(?:le|du|au)\s+$/iu.test(before)) return null; // "le 20 heures" (TV news)
      if (unit === "S" && /^une$/i.test(qg.num) && /^\s*fois/.test(after)) return null;
      if (/^\d/.test(qg.num) && /[.,]\d*$/.test(before)) return null;
    }
    const value = durationValue(n, unit);
    return this.result(context, i, text, { type: "DURATION", value, mod: modOf(MODS, qg.mod) ?? (qg.approx ? "APPROX" : undefined), gran: "duration" });
  }
}
