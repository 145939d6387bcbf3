import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract";
import { mention, values } from "../temporal/helpers";

// Tuesday 12 September 2023, the seed articles' publication date.
const REF = "2023-09-12";
const itx = (text: string, expr: string, ref = REF) => mention(text, expr, ref, "it");

describe("it: weekdays by tense, parts of day", () => {
  it("passato prossimo and remoto look back, futuro and 'previsto' look forward", () => {
    expect(itx("Kim ha lasciato Pyongyang domenica.", "domenica", "2023-09-14").value).toBe("2023-09-10");
    expect(itx("Kim è arrivato mercoledì a Vladivostok.", "mercoledì", "2023-09-14").value).toBe("2023-09-13");
    expect(itx("Kim lasciò Pyongyang domenica.", "domenica", "2023-09-14").value).toBe("2023-09-10");
    expect(itx("Kim incontrerà Putin domenica.", "domenica", "2023-09-14").value).toBe("2023-09-17");
    expect(itx("Il vertice è previsto domenica.", "domenica", "2023-09-14").value).toBe("2023-09-17");
  });
  it("qualified weekdays", () => {
    expect(itx("Il vertice sarà il prossimo lunedì.", "prossimo lunedì").value).toBe("2023-09-18");
    expect(itx("Ha parlato mercoledì scorso.", "mercoledì scorso").value).toBe("2023-09-06");
  });
  it("weekday + part of day is a TIME, before or after the weekday", () => {
    expect(itx("Kim Jong-un ha lasciato Pyongyang domenica pomeriggio in treno.", "domenica pomeriggio")).toMatchObject({ type: "TIME", value: "2023-09-10TAF" });
    expect(itx("La sera di domenica è partito.", "La sera di domenica").value).toBe("2023-09-10TEV");
    expect(itx("Ieri pomeriggio ha parlato.", "Ieri pomeriggio").value).toBe("2023-09-11TAF");
    expect(itx("Stasera parlerà.", "Stasera").value).toBe("2023-09-12TEV");
  });
});

describe("it: dates, months, years, weeks", () => {
  it("dates with and without year, datelines", () => {
    expect(itx("Roma, 16 agosto 2023. Il governo ha parlato.", "16 agosto 2023").value).toBe("2023-08-16");
    expect(itx("Il governo ha annunciato il 10 settembre nuove misure.", "10 settembre").value).toBe("2023-09-10");
    expect(itx("Domenica 10 settembre è arrivato.", "Domenica 10 settembre").value).toBe("2023-09-10");
    expect(itx("È nato il 1° maggio 1990.", "1° maggio 1990").value).toBe("1990-05-01");
  });
  it("'entro fine mese'", () => {
    expect(itx("La manovra sarà presentata entro fine mese.", "entro fine mese")).toMatchObject({ value: "2023-09", mod: "END" });
  });
  it("ranges", () => {
    expect(itx("La conferenza si tiene dal 10 al 13 settembre.", "dal 10 al 13 settembre")).toMatchObject({ value: "2023-09-10", range: { start: "2023-09-10", end: "2023-09-13" } });
  });
  it("months, mods, years, relative years", () => {
    expect(itx("È partito a luglio.", "luglio")).toMatchObject({ value: "2023-07", granularity: "month" });
    expect(itx("All'inizio di settembre è tornato.", "All'inizio di settembre")).toMatchObject({ value: "2023-09", mod: "START" });
    expect(itx("A fine marzo ha firmato.", "A fine marzo")).toMatchObject({ value: "2023-03", mod: "END" });
    expect(itx("Nel luglio 2022 ha firmato.", "luglio 2022").value).toBe("2022-07");
    expect(itx("Le vendite sono calate l'anno scorso.", "l'anno scorso").value).toBe("2022");
    expect(itx("Due anni fa era a Pechino.", "Due anni fa")).toMatchObject({ type: "DATE", value: "2021" });
    expect(itx("Negli anni '90 era diverso.", "Negli anni '90").value).toBe("199");
  });
  it("'la settimana scorsa', weekends", () => {
    expect(itx("La settimana scorsa ha parlato.", "La settimana scorsa").value).toBe("2023-W36");
    expect(itx("La prossima settimana parlerà.", "La prossima settimana").value).toBe("2023-W38");
    expect(itx("Il fine settimana scorso ha piovuto.", "Il fine settimana scorso").value).toBe("2023-W36-WE");
  });
  it("clock times", () => {
    expect(itx("È stato arrestato alle 17:30.", "alle 17:30")).toMatchObject({ type: "TIME", value: "2023-09-12T17:30" });
  });
});

describe("it: durations and sets are typed as such", () => {
  it("durations", () => {
    expect(itx("La riunione è durata tre ore.", "tre ore")).toMatchObject({ type: "DURATION", value: "PT3H" });
    expect(itx("È al potere da più di dieci anni.", "più di dieci anni")).toMatchObject({ type: "DURATION", value: "P10Y", mod: "MORE_THAN" });
    expect(itx("Hanno negoziato per diversi mesi.", "diversi mesi")).toMatchObject({ type: "DURATION", value: "PXM" });
  });
  it("sets", () => {
    expect(itx("Il forum si tiene ogni anno.", "ogni anno")).toMatchObject({ type: "SET", value: "P1Y" });
    expect(itx("Tutti i lunedì c'è riunione.", "Tutti i lunedì")).toMatchObject({ type: "SET", value: "XXXX-WXX-1" });
    expect(itx("Esce mensilmente.", "mensilmente")).toMatchObject({ type: "SET", value: "P1M" });
  });
});

describe("it: false friends", () => {
  it("ages, first names, scores are not dates", () => {
    expect(values("Un uomo di 30 anni è stato arrestato.", REF, "it")).toEqual([]);
    expect(values("Natale Rossi ha vinto.", REF, "it")).toEqual([]);
    expect(values("Ha vinto 3-1 davanti a 2000 persone.", REF, "it")).toEqual([]);
  });
});

describe("it: extraction", () => {
  it("the Italian seed incident dates to Sunday afternoon and is a travel", () => {
    const r = extractArticle(
      { url: "u", text: "Kim Jong-un ha lasciato Pyongyang domenica pomeriggio in treno.", publishedAt: "2023-09-12", language: "it" },
      { receivedAt: "2023-09-12T00:00:00Z" },
    );
    const inc = r.incidents.find((i) => i.kind === "travel");
    expect(inc, JSON.stringify(r.incidents)).toBeDefined();
    expect(inc!.date.value).toBe("2023-09-10TAF");
  });
});
