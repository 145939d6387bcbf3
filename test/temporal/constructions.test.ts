/** Table of constructions per language (reference Tuesday 12 September 2023): expression → TimeML value/mod. */
import { describe, expect, it } from "vitest";
import { tag } from "../../src/temporal/index";

const REF = "2023-09-12";

// [phrase inserted in "Il est venu … à Paris." / "He came … to Paris.", expected extent, value, mod?]
const FR: [string, string, string, string?][] = [
  ["tous les mois", "tous les mois", "P1M"],
  ["chaque matin", "chaque matin", "XXXX-XX-XXTMO"],
  ["tous les deux ans", "tous les deux ans", "P2Y"],
  ["une fois par an", "par an", "P1Y"],
  ["le mois prochain", "le mois prochain", "2023-10"],
  ["fin du mois", "fin du mois", "2023-09", "END"],
  ["l'an prochain", "l'an prochain", "2024"],
  ["au premier trimestre", "premier trimestre", "2023-Q1"],
  ["le second semestre", "le second semestre", "2023-H2"],
  ["les années 1990", "les années 1990", "199X"],
  ["au XXe siècle", "XXe siècle", "19XX"],
  ["il y a trois ans", "il y a trois ans", "2020"],
  ["il y a dix jours", "il y a dix jours", "2023-09-02"],
  ["dans deux semaines", "dans deux semaines", "2023-09-26"],
  ["pendant trois heures", "trois heures", "PT3H"],
  ["près de deux heures", "près de deux heures", "PT2H", "APPROX"],
  ["une demi-heure", "une demi-heure", "PT30M"],
  ["quelques minutes", "quelques minutes", "PTXM"],
  ["à 14h30", "14h30", "2023-09-12T14:30"],
  ["vers 9 heures", "vers 9 heures", "2023-09-12T09:00", "APPROX"],
  ["à midi", "midi", "2023-09-12T12:00"],
  ["la veille au soir", "la veille au soir", "2023-09-11TEV"],
  ["le surlendemain", "le surlendemain", "2023-09-14"],
  ["en fin de matinée", "fin de matinée", "2023-09-12TMO", "END"],
  ["dans la soirée", "la soirée", "2023-09-12TEV"],
  ["l'hiver prochain", "l'hiver prochain", "2024-WI"],
  ["cet automne", "cet automne", "2023-FA"],
  ["au printemps 2024", "printemps 2024", "2024-SP"],
  ["le week-end dernier", "le week-end dernier", "2023-W36-WE"],
  ["le 1er janvier", "le 1er janvier", "2023-01-01"],
  ["le 14 juillet 1789", "le 14 juillet 1789", "1789-07-14"],
  ["le 3 mars dernier", "le 3 mars dernier", "2023-03-03"],
  ["du 1er au 3 octobre", "du 1er au 3 octobre", "2023-10-01"],
  ["courant octobre", "courant octobre", "2023-10", "MID"],
  ["début 2024", "début 2024", "2024", "START"],
  ["mi-2023", "mi-2023", "2023", "MID"],
  ["au mois d'août", "mois d'août", "2023-08"],
  ["demain soir", "demain soir", "2023-09-13TEV"],
  ["cette nuit", "cette nuit", "2023-09-12TNI"],
  ["jusqu'à présent", "jusqu'à présent", "PRESENT_REF"],
  ["à l'avenir", "l'avenir", "FUTURE_REF"],
];

const EN: [string, string, string, string?][] = [
  ["every week", "every week", "P1W"],
  ["every other week", "every other week", "P2W"],
  ["once a year", "a year", "P1Y"],
  ["next month", "next month", "2023-10"],
  ["the end of the month", "the end of the month", "2023-09", "END"],
  ["earlier this year", "earlier this year", "2023", "START"],
  ["late last year", "late last year", "2022", "END"],
  ["the fourth quarter of 2022", "the fourth quarter of 2022", "2022-Q4"],
  ["the first half", "the first half", "2023-H1"],
  ["the '60s", "the '60s", "196"],
  ["the 20th century", "the 20th century", "19"],
  ["three years ago", "three years ago", "2020"],
  ["ten days ago", "ten days ago", "2023-09-02"],
  ["for ten years", "ten years", "P10Y"],
  ["nearly two hours", "nearly two hours", "PT2H", "APPROX"],
  ["half an hour", "half an hour", "PT30M"],
  ["several years", "several years", "PXY"],
  ["at 2:30 p.m.", "2:30 p.m.", "2023-09-12T14:30"],
  ["at noon", "noon", "2023-09-12T12:00"],
  ["the next day", "the next day", "2023-09-13"],
  ["the following morning", "the following morning", "2023-09-13TMO"],
  ["mid-afternoon", "mid-afternoon", "2023-09-12TAF", "MID"],
  ["next winter", "next winter", "2024-WI"],
  ["the summer of 2022", "the summer of 2022", "2022-SU"],
  ["last weekend", "last weekend", "2023-W36-WE"],
  ["July 4, 1776", "July 4, 1776", "1776-07-04"],
  ["Sunday, September 17, 2023", "Sunday, September 17, 2023", "2023-09-17"],
  ["between May 1 and May 5, 2024", "between May 1 and May 5, 2024", "2024-05-01"],
  ["mid-2023", "mid-2023", "2023", "MID"],
  ["yesterday morning", "yesterday morning", "2023-09-11TMO"],
  ["tonight", "tonight", "2023-09-12TNI"],
  ["at present", "at present", "PRESENT_REF"],
  ["in the coming weeks", "the coming weeks", "FUTURE_REF"],
];

function check(lang: string, phrase: string, expr: string, value: string, mod?: string) {
  const text = lang === "fr" ? `Il est venu ${phrase} à Paris.` : `He came ${phrase} to Paris.`;
  const ms = tag(text, { referenceDate: REF, language: lang });
  const m = ms.find((x) => x.text === expr);
  expect(m, `${lang} «${phrase}» → ${JSON.stringify(ms.map((x) => [x.text, x.value]))}`).toBeDefined();
  expect(m!.value).toBe(value);
  if (mod) expect(m!.mod).toBe(mod);
}

describe("constructions (fr)", () => {
  for (const [phrase, expr, value, mod] of FR) it(phrase, () => check("fr", phrase, expr, value, mod));
});
describe("constructions (en)", () => {
  for (const [phrase, expr, value, mod] of EN) it(phrase, () => check("en", phrase, expr, value, mod));
});
