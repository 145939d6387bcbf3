import { describe, expect, it } from "vitest";
import { tag } from "../../src/temporal/index";
import { mention, values } from "./helpers";

// Tuesday 12 September 2023, the seed articles' publication date.
const REF = "2023-09-12";
const fr = (text: string, expr: string, ref = REF) => mention(text, expr, ref, "fr");

describe("fr: weekdays and parts of day", () => {
  it("bare weekday in a past-tense sentence looks back", () => {
    expect(fr("Kim a quitté Pyongyang dimanche.", "dimanche").value).toBe("2023-09-10");
  });
  it("tense-aware: same sentence, article of Thursday 14 September", () => {
    expect(fr("Kim a quitté Pyongyang dimanche.", "dimanche", "2023-09-14").value).toBe("2023-09-10");
    expect(fr("Kim rencontrera Poutine dimanche.", "dimanche", "2023-09-14").value).toBe("2023-09-17");
    expect(fr("Kim devrait rencontrer Poutine dimanche.", "dimanche", "2023-09-14").value).toBe("2023-09-17");
  });
  it("être + participle, scheduled events, present tense without cue", () => {
    expect(fr("Kim est arrivé dimanche à Vladivostok.", "dimanche", "2023-09-14").value).toBe("2023-09-10");
    expect(fr("La rencontre est prévue dimanche.", "dimanche", "2023-09-14").value).toBe("2023-09-17");
    // Present tense, no cue: the nearest such day.
    expect(fr("Le forum économique se termine mercredi.", "mercredi").value).toBe("2023-09-13");
  });
  it("the cue of the expression's own clause wins", () => {
    const t = "Le Chosun Ilbo a déclaré que Kim avait quitté Pyongyang dimanche soir et qu'il rencontrerait Poutine dès mardi.";
    expect(fr(t, "dimanche soir", "2023-09-12").value).toBe("2023-09-10TEV");
    expect(fr("Il a déclaré qu'il partira lundi.", "lundi", "2023-09-14").value).toBe("2023-09-18");
  });
  it("qualified weekdays", () => {
    expect(fr("Il est arrivé mercredi dernier.", "mercredi dernier").value).toBe("2023-09-06");
    expect(fr("Il viendra lundi prochain.", "lundi prochain").value).toBe("2023-09-18");
  });
  it("weekday + part of day is a TIME with the day's range", () => {
    const m = fr("Kim Jong-un a quitté la capitale nord-coréenne, Pyongyang, dimanche après-midi.", "dimanche après-midi");
    expect(m).toMatchObject({ type: "TIME", value: "2023-09-10TAF", range: { start: "2023-09-10", end: "2023-09-10" } });
    expect(fr("Il a parlé mardi matin.", "mardi matin").value).toBe("2023-09-12TMO");
  });
  it("dans la nuit de mardi à mercredi", () => {
    expect(fr("Dans la nuit de mardi à mercredi, le train est arrivé.", "la nuit de mardi à mercredi")).toMatchObject({ type: "TIME", value: "2023-09-12TNI" });
  });
});

describe("fr: dates, months, years", () => {
  it("dates with and without year", () => {
    expect(fr("Le sommet s'est tenu le 10 septembre.", "le 10 septembre").value).toBe("2023-09-10");
    expect(fr("Il est né le 10 novembre 1993.", "le 10 novembre 1993").value).toBe("1993-11-10");
    expect(fr("Rendez-vous samedi 16 septembre.", "samedi 16 septembre").value).toBe("2023-09-16");
  });
  it("months and years alone", () => {
    const m = fr("Il s'est rendu en Russie en juillet.", "juillet");
    expect(m).toMatchObject({ value: "2023-07", granularity: "month", range: { start: "2023-07-01", end: "2023-07-31" } });
    expect(fr("L'accord date de février 2022.", "février 2022").value).toBe("2022-02");
    expect(fr("Il a été élu en 2019.", "2019")).toMatchObject({ value: "2019", range: { start: "2019-01-01", end: "2019-12-31" } });
    expect(fr("Les ventes ont baissé l'année dernière.", "l'année dernière").value).toBe("2022");
    expect(fr("Cette année, tout change.", "Cette année").value).toBe("2023");
  });
  it("weekday with a day number, and years with début/fin", () => {
    expect(fr("La réunion aura lieu lundi 18 à Paris.", "lundi 18").value).toBe("2023-09-18");
    expect(fr("Il est arrivé mardi 5, à 14 h.", "mardi 5").value).toBe("2023-09-05");
    expect(fr("Les travaux s'achèveront fin 2024.", "fin 2024")).toMatchObject({ value: "2024", mod: "END" });
    expect(fr("Deux ruptures en 97 (en janvier rue Saint-Dizier).", "janvier", "1999-07-29").value).toBe("1997-01");
  });
  it("ranges are one mention with a day range", () => {
    const a = fr("Le sommet aura lieu entre le 10 et le 13 septembre.", "entre le 10 et le 13 septembre");
    expect(a.range).toEqual({ start: "2023-09-10", end: "2023-09-13" });
    const b = fr("Le festival s'est déroulé du 10 au 13 septembre.", "du 10 au 13 septembre");
    expect(b.range).toEqual({ start: "2023-09-10", end: "2023-09-13" });
  });
  it("weeks", () => {
    const m = fr("Il rencontrera Poutine la semaine prochaine.", "la semaine prochaine");
    expect(m).toMatchObject({ value: "2023-W38", range: { start: "2023-09-18", end: "2023-09-24" } });
    expect(fr("Cette semaine, il a plu.", "Cette semaine").value).toBe("2023-W37");
  });
  it("début/mi/fin de mois", () => {
    expect(fr("Les prix ont augmenté début septembre.", "début septembre")).toMatchObject({ value: "2023-09", mod: "START" });
    expect(fr("Il est parti mi-juillet.", "mi-juillet")).toMatchObject({ value: "2023-07", mod: "MID" });
    expect(fr("Il est parti fin août.", "fin août")).toMatchObject({ value: "2023-08", mod: "END" });
  });
  it("seasons, decades, centuries, quarters", () => {
    expect(fr("Il est venu l'été dernier.", "l'été dernier").value).toBe("2022-SU");
    expect(fr("Il viendra au printemps 2024.", "printemps 2024").value).toBe("2024-SP");
    expect(fr("C'était dans les années 80.", "les années 80").value).toBe("198X");
    expect(fr("C'était à la fin du XIXe siècle.", "la fin du XIXe siècle")).toMatchObject({ value: "18XX", mod: "END" });
    expect(fr("Le PIB a progressé au deuxième trimestre.", "deuxième trimestre").value).toBe("2023-Q2");
  });
});

describe("fr: deictic and anaphoric days", () => {
  it("hier, aujourd'hui, demain, avant-hier, après-demain", () => {
    expect(values("Hier il pleuvait, aujourd'hui il fait beau, demain il neigera.", REF, "fr")).toEqual(["Hier=2023-09-11", "aujourd'hui=2023-09-12", "demain=2023-09-13"]);
    expect(fr("Avant-hier, il est parti.", "Avant-hier").value).toBe("2023-09-10");
    expect(fr("Il reviendra après-demain.", "après-demain").value).toBe("2023-09-14");
    expect(fr("Hier soir, la police est intervenue.", "Hier soir")).toMatchObject({ type: "TIME", value: "2023-09-11TEV" });
  });
  it("la veille / le lendemain are relative to the date in focus", () => {
    const t = "Le sommet s'est ouvert le 10 septembre. La veille, Kim était arrivé. Le lendemain, il est reparti.";
    expect(values(t, REF, "fr")).toEqual(["le 10 septembre=2023-09-10", "La veille=2023-09-09", "Le lendemain=2023-09-11"]);
  });
});

describe("fr: vague references, durations, sets", () => {
  it("vague references", () => {
    expect(fr("Actuellement, le pays est isolé.", "Actuellement").value).toBe("PRESENT_REF");
    expect(fr("Ils se rencontreront dans les prochains jours.", "les prochains jours").value).toBe("FUTURE_REF");
    expect(fr("Autrefois, la ville était prospère.", "Autrefois").value).toBe("PAST_REF");
    expect(fr("Aujourd'hui, la ville a changé.", "Aujourd'hui").value).toBe("PRESENT_REF");
    expect(fr("Il rend aujourd'hui visite au centre.", "aujourd'hui").value).toBe("2023-09-12");
    expect(fr("Actuellement, le pays est isolé.", "Actuellement").range).toBeUndefined();
  });
  it("durations are typed DURATION, never dates", () => {
    expect(fr("C'est la première fois en quatre ans qu'il voyage.", "quatre ans")).toMatchObject({ type: "DURATION", value: "P4Y" });
    expect(fr("Le pays est isolé depuis plus de vingt ans.", "plus de vingt ans")).toMatchObject({ type: "DURATION", value: "P20Y", mod: "MORE_THAN" });
    expect(fr("Il devance son coéquipier de 30,4 secondes.", "30,4 secondes")).toMatchObject({ type: "DURATION", value: "PT30.4S" });
    expect(fr("Le voyage a duré dix-huit mois.", "dix-huit mois").value).toBe("P18M");
    expect(fr("Il est resté quelques jours.", "quelques jours").value).toBe("PXD");
    expect(fr("C'est la première fois en quatre ans qu'il voyage.", "quatre ans").range).toBeUndefined();
  });
  it("sets", () => {
    expect(fr("Le musée ouvre chaque lundi.", "chaque lundi")).toMatchObject({ type: "SET", value: "XXXX-WXX-1" });
    expect(fr("Le marché a lieu tous les jeudis.", "tous les jeudis").value).toBe("XXXX-WXX-4");
    expect(fr("La fête revient chaque année.", "chaque année").value).toBe("P1Y");
    expect(fr("Le club se réunit chaque mois.", "chaque mois").value).toBe("P1M");
    expect(fr("Les élections ont lieu tous les cinq ans.", "tous les cinq ans").value).toBe("P5Y");
  });
});

describe("fr: clock times", () => {
  it("clock times take the day in focus", () => {
    expect(values("L'accident s'est produit hier vers 18 h.", REF, "fr")).toEqual(["hier=2023-09-11", "vers 18 h=2023-09-11T18:00"]);
    expect(fr("Rendez-vous à 10 h 30.", "10 h 30")).toMatchObject({ type: "TIME", value: "2023-09-12T10:30" });
  });
});

describe("fr: false friends", () => {
  const none = (t: string) => expect(tag(t, { referenceDate: REF, language: "fr" })).toEqual([]);
  it("words that only look like dates", () => {
    none("Il joue à un jeu vidéo.");
    none("Artiom-Primorski 1 et l'orchestre ont joué.");
    none("Le score est de 3-1 à la mi-temps.");
    none("Il habite au 12 rue de la Paix et paie 2000 euros.");
    none("Il a 45 ans.");
    none("Un chauffeur de bus de 38 ans a été agressé.");
    none("Il a été reçu par le ministre.");
    none("Les Jeux d'hiver.");
    none("L'accord du Vendredi saint.");
    none("Appelez le 03.29.88.43.12.");
  });
  it("la première fois en quatre ans is a duration, not 2027", () => {
    const ms = tag("C'est la première fois en quatre ans.", { referenceDate: REF, language: "fr" });
    expect(ms.map((m) => m.type)).toEqual(["DURATION"]);
  });
});

describe("fr: seed-article sentences", () => {
  it("keeps offsets and text consistent on a long text", () => {
    const t = "Kim Jong-un a quitté Pyongyang dimanche après-midi. Il était en juillet à Moscou. Dans la nuit de mardi à mercredi, il a franchi la frontière, pour la première fois en quatre ans.";
    for (const m of tag(t, { referenceDate: REF, language: "fr-FR" })) expect(t.slice(m.start, m.end)).toBe(m.text);
    expect(values(t, REF, "fr")).toEqual(["dimanche après-midi=2023-09-10TAF", "juillet=2023-07", "la nuit de mardi à mercredi=2023-09-12TNI", "quatre ans=P4Y"]);
  });
});
