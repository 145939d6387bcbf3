// Robustness sweep on French news sentences written for it (not from the evaluation corpus): each
// test is a general rule of French that the tagger got wrong.
import { describe, expect, it } from "vitest";
import { mention, values } from "./helpers";

// Thursday 14 September 2023.
const REF = "2023-09-14";
const fr = (text: string, expr: string, ref = REF) => mention(text, expr, ref, "fr");
const frValues = (text: string, ref = REF) => values(text, ref, "fr");

describe("fr robustness: clock times and durations in heures", () => {
  it("« à 11 heures » is a clock time; durations in heures stay durations", () => {
    expect(fr("La cérémonie aura lieu le samedi 23 septembre à 11 heures.", "11 heures")).toMatchObject({ type: "TIME", value: "2023-09-23T11:00" });
    expect(fr("Le drame s'est produit à 11 heures.", "11 heures")).toMatchObject({ type: "TIME", value: "2023-09-14T11:00" });
    expect(fr("Les bureaux ouvrent dès 8 heures.", "8 heures")).toMatchObject({ type: "TIME", value: "2023-09-14T08:00" });
    expect(fr("Une grève de 24 heures est prévue.", "24 heures")).toMatchObject({ type: "DURATION", value: "PT24H" });
    expect(fr("Il a été placé en garde à vue pendant 48 heures.", "48 heures")).toMatchObject({ type: "DURATION", value: "PT48H" });
    expect(fr("Ils sont à 11 heures de route.", "11 heures")).toMatchObject({ type: "DURATION", value: "PT11H" });
  });
  it("« le 20 heures » is the TV news, not a duration", () => {
    expect(frValues("Il était l'invité du 20 heures de TF1.")).toEqual([]);
    expect(frValues("Le 13 heures a consacré un sujet à la grève.")).toEqual([]);
  });
});

describe("fr robustness: ages and durations", () => {
  it("« mort à 87 ans » is an age; « condamné à N ans » stays a duration", () => {
    expect(frValues("Il est mort à 87 ans.")).toEqual([]);
    expect(frValues("Elle a quitté l'école dès 16 ans, puis a travaillé.")).toEqual([]);
    expect(fr("Il a été condamné à dix ans.", "dix ans").value).toBe("P10Y");
    expect(fr("Il a été condamné à trois ans dont deux avec sursis.", "trois ans").value).toBe("P3Y");
  });
  it("« les dix dernières années » is a duration", () => {
    expect(fr("Au cours des dix dernières années, la population a doublé.", "dix dernières années")).toMatchObject({ type: "DURATION", value: "P10Y" });
    expect(fr("Les trois prochains jours seront décisifs.", "trois prochains jours").value).toBe("P3D");
    // Singular: "un premier jour de grève" is no duration.
    expect(frValues("Un premier jour de grève a eu lieu.")).toEqual([]);
  });
});

describe("fr robustness: début/fin de l'année, de la semaine", () => {
  it("« la fin de l'année », « le début de l'année »: the current year with START/END; « l'année » alone is not dated", () => {
    expect(fr("L'usine fermera ses portes d'ici à la fin de l'année.", "à la fin de l'année")).toMatchObject({ value: "2023", mod: "END" });
    expect(fr("Depuis le début de l'année, 12 noyades ont été recensées.", "le début de l'année")).toMatchObject({ value: "2023", mod: "START" });
    expect(fr("Le bilan sera connu à la fin de l'année dernière.", "à la fin de l'année dernière")).toMatchObject({ value: "2022", mod: "END" });
    expect(frValues("L'année a été difficile.")).toEqual([]);
    expect(frValues("À la fin de l'année scolaire, il partira.")).toEqual([]);
  });
  it("« en fin de semaine », « la fin de la semaine prochaine »", () => {
    expect(fr("En fin de semaine, la neige est attendue.", "fin de semaine")).toMatchObject({ value: "2023-W37", mod: "END" });
    expect(fr("Le texte sera voté à la fin de la semaine prochaine.", "la fin de la semaine prochaine")).toMatchObject({ value: "2023-W38", mod: "END" });
    expect(fr("Il sera là en début de semaine prochaine.", "début de semaine prochaine")).toMatchObject({ value: "2023-W38", mod: "START" });
    expect(frValues("La semaine a été rude.")).toEqual([]);
  });
});

describe("fr robustness: parts of a named day", () => {
  it("« la matinée de mercredi » is one TIME on that day", () => {
    expect(fr("Le suspect a été interpellé dans la matinée de mercredi.", "la matinée de mercredi")).toMatchObject({ type: "TIME", value: "2023-09-13TMO" });
    expect(fr("Il arrivera dans la soirée de mardi prochain.", "la soirée de mardi prochain").value).toBe("2023-09-19TEV");
    expect(fr("La journée de lundi a été calme.", "La journée de lundi")).toMatchObject({ type: "DATE", value: "2023-09-11" });
  });
});

describe("fr robustness: a day number without its month", () => {
  it("« le 14 », « reportée au 28 », « jusqu'au 30 » take the month the tense points to; house, phone and jersey numbers are not days", () => {
    const cases: [text: string, expr: string, value: string][] = [
      ["Il est arrivé le 12.", "le 12", "2023-09-12"],
      ["Il est arrivé le 20.", "le 20", "2023-08-20"],
      ["Il partira le 2.", "le 2", "2023-10-02"],
      ["Il est mort le 2, à 14 h.", "le 2", "2023-09-02"],
      ["L'audience a été reportée au 28.", "28", "2023-09-28"],
      ["Le contrôle est prolongé jusqu'au 30.", "30", "2023-09-30"],
    ];
    for (const [text, expr, value] of cases) expect(fr(text, expr).value).toBe(value);
    expect(frValues("La police a été appelée au 17.")).toEqual([]);
    expect(frValues("Le suspect était domicilié au 14, rue Victor-Hugo.")).toEqual([]);
    expect(frValues("Appelez le 15.")).toEqual([]);
    expect(frValues("Le 9 a marqué deux buts.")).toEqual([]);
    expect(frValues("Il a remporté le 100 m.")).toEqual([]);
  });
});

describe("fr robustness: « il y a un an jour pour jour »", () => {
  it("is the very day", () => {
    expect(fr("Il y a un an jour pour jour, le séisme frappait la Turquie.", "Il y a un an jour pour jour")).toMatchObject({ value: "2022-09-14" });
    expect(fr("Il y a un an, le séisme frappait la Turquie.", "Il y a un an").value).toBe("2022");
  });
});

describe("fr robustness: approximate quantities « une dizaine de »", () => {
  it("« une dizaine de jours » is an approximate duration; ages stay out", () => {
    expect(fr("La canicule a duré une dizaine de jours.", "une dizaine de jours")).toMatchObject({ type: "DURATION", value: "P10D", mod: "APPROX" });
    expect(fr("Il a vécu une vingtaine d'années à Paris.", "une vingtaine d'années")).toMatchObject({ value: "P20Y", mod: "APPROX" });
    expect(frValues("Un homme d'une quarantaine d'années a été interpellé.")).toEqual([]);
  });
  it("« il y a une dizaine de jours » is an approximate date", () => {
    expect(fr("Il y a une dizaine de jours, l'usine a fermé.", "Il y a une dizaine de jours")).toMatchObject({ type: "DATE", value: "2023-09-04", mod: "APPROX" });
  });
});

describe("fr robustness: amounts of time written like clock times, sets, named holidays", () => {
  it("« 3 h 30 par jour », « en 2 h 05 », « pendant 1 h 30 » are durations; « à 14 h 30 » stays a time", () => {
    const cases: [text: string, expr: string, type: string, value: string][] = [
      ["Les Français passent 3 h 30 par jour devant un écran.", "3 h 30", "DURATION", "PT3H30M"],
      ["Il a bouclé le marathon en 2 h 05.", "2 h 05", "DURATION", "PT2H5M"],
      ["Il a été entendu pendant 1 h 30.", "1 h 30", "DURATION", "PT1H30M"],
      ["Le train est arrivé à 14 h 30.", "14 h 30", "TIME", "2023-09-14T14:30"],
    ];
    for (const [text, expr, type, value] of cases) expect(fr(text, expr)).toMatchObject({ type, value });
  });
  it("« un mardi sur deux » is a set", () => {
    expect(fr("Le conseil se réunit un mardi sur deux.", "un mardi sur deux")).toMatchObject({ type: "SET", value: "XXXX-WXX-2" });
  });
  it("« le 14-Juillet », « le 11-Novembre » are the holidays", () => {
    expect(fr("Le défilé du 14-Juillet a attiré la foule.", "14-Juillet").value).toBe("2023-07-14");
    expect(fr("Le 11-Novembre, les commémorations auront lieu place de la mairie.", "Le 11-Novembre").value).toBe("2023-11-11");
  });
});

describe("fr robustness: capitalised weekdays and seasons as names; « au soir » after a date", () => {
  it("« Mercredi » (a series), « le restaurant Le Mardi », « le Printemps de Bourges » are names", () => {
    expect(frValues("La série « Mercredi » cartonne sur Netflix.")).toEqual([]);
    expect(frValues("Le restaurant Le Mardi, rue Nationale, a fermé.")).toEqual([]);
    expect(frValues("Le Printemps de Bourges accueille 200 artistes.")).toEqual([]);
    expect(frValues("L'Été indien reste un succès.")).toEqual([]);
    // Sentence-initial weekdays, weekdays before a date and lower-case seasons stay dates.
    expect(fr("Il viendra. Mardi, il parlera.", "Mardi").value).toBe("2023-09-19");
    expect(fr("Il est arrivé Mardi 12 septembre.", "Mardi 12 septembre").value).toBe("2023-09-12");
    expect(fr("Le printemps prochain sera chaud.", "Le printemps prochain").value).toBe("2024-SP");
  });
  it("« le 1er février au soir », « le 12 au soir » are parts of that day", () => {
    expect(fr("Le fait divers s'est produit le 1er septembre au soir.", "le 1er septembre au soir")).toMatchObject({ type: "TIME", value: "2023-09-01TEV" });
    expect(fr("Il est arrivé le 12 au soir.", "le 12 au soir")).toMatchObject({ type: "TIME", value: "2023-09-12TEV" });
  });
});

describe("fr robustness: futur of the first and second persons, bounded « il y a », nights between dates, plural weekdays", () => {
  it("« nous partirons mardi », « vous viendrez lundi » look forward", () => {
    const expected: Record<string, string> = {
      "« Nous partirons mardi », a-t-il dit.": "mardi=2023-09-19",
      "Vous viendrez lundi.": "lundi=2023-09-18",
      "Aux environs de mardi, il est venu.": "mardi=2023-09-12",
    };
    for (const [text, v] of Object.entries(expected)) expect(frValues(text)).toEqual([v]);
  });
  it("« il y a plus de deux ans » lies before, « dans moins de deux mois » before too", () => {
    const mods = [
      { text: "Le chantier a commencé il y a plus de deux ans.", expr: "il y a plus de deux ans", value: "2021", mod: "BEFORE" },
      { text: "Le pont rouvrira dans moins de deux mois.", expr: "dans moins de deux mois", value: "2023-11", mod: "BEFORE" },
      { text: "Il y a près de deux ans, il est parti.", expr: "Il y a près de deux ans", value: "2021", mod: "APPROX" },
    ];
    for (const { text, expr, value, mod } of mods) expect(fr(text, expr)).toMatchObject({ value, mod });
  });
  it("« la nuit du 12 au 13 septembre » is the night of the 12th", () => {
    expect(fr("Les faits se sont produits dans la nuit du 12 au 13 septembre.", "la nuit du 12 au 13 septembre")).toMatchObject({ type: "TIME", value: "2023-09-12TNI" });
    expect(fr("Dans la nuit du 31 août au 1er septembre, un orage a éclaté.", "la nuit du 31 août au 1er septembre").value).toBe("2023-08-31TNI");
  });
  it("« les jeudis » is a set", () => {
    expect(fr("Les jeudis, le marché s'installe place du Champ-de-Mars.", "Les jeudis")).toMatchObject({ type: "SET", value: "XXXX-WXX-4" });
  });
});

describe("fr robustness: ranges of weekdays and months", () => {
  it("the end of « du lundi au mercredi », « de mars à juin » follows its start, whatever the tense", () => {
    expect(frValues("Le festival se tient du lundi au mercredi.", "2024-09-20")).toEqual(["lundi=2024-09-23", "mercredi=2024-09-25"]);
    expect(frValues("Le musée ferme de mars à juin.", "2024-09-20")).toEqual(["mars=2025-03", "juin=2025-06"]);
    expect(frValues("Entre mardi et jeudi, il a plu.", "2024-09-20")).toEqual(["mardi=2024-09-17", "jeudi=2024-09-19"]);
  });
});
