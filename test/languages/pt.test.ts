import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract";
import { mention, values } from "../temporal/helpers";

// Tuesday 12 September 2023, the seed articles' publication date.
const REF = "2023-09-12";
const pt = (text: string, expr: string, ref = REF) => mention(text, expr, ref, "pt");

describe("pt: weekdays by tense, parts of day", () => {
  it("pretérito perfeito looks back, futuro and 'vai' + infinitive look forward", () => {
    expect(pt("Kim deixou Pyongyang no domingo.", "domingo", "2023-09-14").value).toBe("2023-09-10");
    expect(pt("Kim chegou na quarta-feira a Vladivostok.", "quarta-feira", "2023-09-14").value).toBe("2023-09-13");
    expect(pt("Kim vai se reunir com Putin no domingo.", "domingo", "2023-09-14").value).toBe("2023-09-17");
    expect(pt("Kim encontrará Putin no domingo.", "domingo", "2023-09-14").value).toBe("2023-09-17");
    expect(pt("A cúpula está prevista para domingo.", "domingo", "2023-09-14").value).toBe("2023-09-17");
  });
  it("qualified weekdays", () => {
    expect(pt("A cúpula será na próxima segunda-feira.", "próxima segunda-feira").value).toBe("2023-09-18");
    expect(pt("Ele falou na quarta passada.", "quarta passada").value).toBe("2023-09-06");
  });
  it("weekday + part of day is a TIME", () => {
    expect(pt("Kim Jong-un deixou Pyongyang no domingo à tarde de trem.", "domingo à tarde")).toMatchObject({ type: "TIME", value: "2023-09-10TAF" });
    expect(pt("Ontem à tarde falou.", "Ontem à tarde").value).toBe("2023-09-11TAF");
  });
});

describe("pt: dates, months, years, weeks", () => {
  it("dates with and without year, datelines", () => {
    expect(pt("Brasília, 16 de agosto de 2023. O governo falou.", "16 de agosto de 2023").value).toBe("2023-08-16");
    expect(pt("O governo anunciou em 10 de setembro novas medidas.", "10 de setembro").value).toBe("2023-09-10");
    expect(pt("No domingo, 10 de setembro, ele chegou.", "domingo, 10 de setembro").value).toBe("2023-09-10");
    expect(pt("Nasceu em 1º de maio de 1990.", "1º de maio de 1990").value).toBe("1990-05-01");
  });
  it("a bare day number after 'dia' takes the month the tense gives; 'no fim do mês'", () => {
    expect(pt("Lula discursará na ONU no dia 19.", "no dia 19").value).toBe("2023-09-19");
    expect(pt("Ele chegou no dia 20.", "no dia 20").value).toBe("2023-08-20");
    expect(pt("A medida entra em vigor no fim do mês.", "no fim do mês")).toMatchObject({ value: "2023-09", mod: "END" });
  });
  it("ranges", () => {
    expect(pt("A conferência acontece de 10 a 13 de setembro.", "de 10 a 13 de setembro")).toMatchObject({ value: "2023-09-10", range: { start: "2023-09-10", end: "2023-09-13" } });
  });
  it("months, mods, years, relative years, ago", () => {
    expect(pt("Viajou em julho.", "julho")).toMatchObject({ value: "2023-07", granularity: "month" });
    expect(pt("No início de setembro voltou.", "início de setembro")).toMatchObject({ value: "2023-09", mod: "START" });
    expect(pt("Em julho de 2022 assinou.", "julho de 2022").value).toBe("2022-07");
    expect(pt("As vendas caíram no ano passado.", "no ano passado").value).toBe("2022");
    expect(pt("Há dois anos esteve em Pequim.", "Há dois anos")).toMatchObject({ type: "DATE", value: "2021" });
    expect(pt("Dois anos atrás esteve em Pequim.", "Dois anos atrás").value).toBe("2021");
    expect(pt("Nos anos 90 era diferente.", "Nos anos 90").value).toBe("199");
  });
  it("'na semana passada', weekends", () => {
    expect(pt("Na semana passada falou.", "Na semana passada").value).toBe("2023-W36");
    expect(pt("Na próxima semana falará.", "Na próxima semana").value).toBe("2023-W38");
    expect(pt("No fim de semana passado choveu.", "No fim de semana passado").value).toBe("2023-W36-WE");
  });
  it("clock times", () => {
    expect(pt("Foi preso às 17h30.", "às 17h30")).toMatchObject({ type: "TIME", value: "2023-09-12T17:30" });
  });
});

describe("pt: durations and sets are typed as such", () => {
  it("durations", () => {
    expect(pt("A reunião durou três horas.", "três horas")).toMatchObject({ type: "DURATION", value: "PT3H" });
    expect(pt("Negociaram durante mais de dez anos.", "mais de dez anos")).toMatchObject({ type: "DURATION", value: "P10Y", mod: "MORE_THAN" });
    expect(pt("Negociaram durante vários meses.", "vários meses")).toMatchObject({ type: "DURATION", value: "PXM" });
  });
  it("sets", () => {
    expect(pt("O fórum acontece todos os anos.", "todos os anos")).toMatchObject({ type: "SET", value: "P1Y" });
    expect(pt("Todas as segundas-feiras há reunião.", "Todas as segundas-feiras")).toMatchObject({ type: "SET", value: "XXXX-WXX-1" });
    expect(pt("Sai mensalmente.", "mensalmente")).toMatchObject({ type: "SET", value: "P1M" });
  });
});

describe("pt: false friends", () => {
  it("ordinals that look like weekdays, the city of Natal, the morning, ages", () => {
    expect(values("Foi a segunda vez que ele ganhou.", REF, "pt")).toEqual([]);
    expect(values("O Brasil é a sexta economia do mundo.", REF, "pt")).toEqual([]);
    expect(values("Ele nasceu em Natal.", REF, "pt")).toEqual([]);
    expect(values("A manhã estava fria.", REF, "pt")).toEqual([]);
    expect(values("Um homem de 30 anos foi preso.", REF, "pt")).toEqual([]);
  });
});

describe("pt: extraction", () => {
  it("the Portuguese seed incident dates to Sunday afternoon and is a travel", () => {
    const r = extractArticle(
      { url: "u", text: "Kim Jong-un deixou Pyongyang no domingo à tarde de trem.", publishedAt: "2023-09-12", language: "pt" },
      { receivedAt: "2023-09-12T00:00:00Z" },
    );
    const inc = r.incidents.find((i) => i.kind === "travel");
    expect(inc, JSON.stringify(r.incidents)).toBeDefined();
    expect(inc!.date.value).toBe("2023-09-10TAF");
  });
});
