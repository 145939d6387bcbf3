import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract";
import { mention, values } from "../temporal/helpers";

// Tuesday 12 September 2023, the seed articles' publication date.
const REF = "2023-09-12";
const es = (text: string, expr: string, ref = REF) => mention(text, expr, ref, "es");

describe("es: weekdays by tense, parts of day", () => {
  it("preterite and perfect look back, future and 'prevista' look forward", () => {
    expect(es("Kim salió de Pyongyang el domingo.", "domingo", "2023-09-14").value).toBe("2023-09-10");
    expect(es("Kim ha llegado el miércoles a Vladivostok.", "miércoles", "2023-09-14").value).toBe("2023-09-13");
    expect(es("Kim se reunirá con Putin el domingo.", "domingo", "2023-09-14").value).toBe("2023-09-17");
    expect(es("Kim va a viajar el domingo.", "domingo", "2023-09-14").value).toBe("2023-09-17");
    expect(es("La cumbre está prevista para el domingo.", "domingo", "2023-09-14").value).toBe("2023-09-17");
  });
  it("qualified weekdays", () => {
    expect(es("La cumbre será el próximo lunes.", "próximo lunes").value).toBe("2023-09-18");
    expect(es("Habló el miércoles pasado.", "miércoles pasado").value).toBe("2023-09-06");
  });
  it("weekday + part of day is a TIME, before or after the weekday", () => {
    expect(es("Kim Jong-un salió de Pyongyang el domingo por la tarde en tren.", "domingo por la tarde")).toMatchObject({ type: "TIME", value: "2023-09-10TAF" });
    expect(es("La tarde del domingo salió.", "La tarde del domingo").value).toBe("2023-09-10TAF");
    expect(es("Ayer por la tarde habló.", "Ayer por la tarde").value).toBe("2023-09-11TAF");
    expect(es("Anoche hubo un incendio.", "Anoche").value).toBe("2023-09-11TNI");
  });
});

describe("es: dates, months, years, weeks", () => {
  it("dates with and without year, datelines", () => {
    expect(es("Madrid, 16 de agosto de 2023. El gobierno habló.", "16 de agosto de 2023").value).toBe("2023-08-16");
    expect(es("El gobierno anunció el 10 de septiembre nuevas medidas.", "10 de septiembre").value).toBe("2023-09-10");
    expect(es("El domingo 10 de septiembre llegó.", "domingo 10 de septiembre").value).toBe("2023-09-10");
    expect(es("Nació el 1º de mayo de 1990.", "1º de mayo de 1990").value).toBe("1990-05-01");
  });
  it("a bare day number after 'el día'", () => {
    expect(es("El acto será el día 24.", "el día 24").value).toBe("2023-09-24");
  });
  it("ranges", () => {
    const m = es("La conferencia se celebra del 10 al 13 de septiembre.", "del 10 al 13 de septiembre");
    expect(m).toMatchObject({ value: "2023-09-10", range: { start: "2023-09-10", end: "2023-09-13" } });
    expect(values("Estará en Moscú del lunes al miércoles.", "2023-09-15", "es")).toEqual(["lunes=2023-09-18", "miércoles=2023-09-20"]);
  });
  it("months, mods, years, relative years", () => {
    expect(es("Viajó a Rusia en julio.", "julio")).toMatchObject({ value: "2023-07", granularity: "month" });
    expect(es("A principios de septiembre volvió.", "principios de septiembre")).toMatchObject({ value: "2023-09", mod: "START" });
    expect(es("En julio de 2022 firmó.", "julio de 2022").value).toBe("2022-07");
    expect(es("Fue elegido en 2019.", "2019").value).toBe("2019");
    expect(es("Las ventas bajaron el año pasado.", "el año pasado").value).toBe("2022");
    expect(es("Hace dos años estuvo en Pekín.", "Hace dos años")).toMatchObject({ type: "DATE", value: "2021" });
    expect(es("En los años 90 era distinto.", "los años 90").value).toBe("199");
  });
  it("'la semana pasada', weekends, seasons", () => {
    expect(es("La semana pasada habló.", "La semana pasada").value).toBe("2023-W36");
    expect(es("La próxima semana hablará.", "La próxima semana").value).toBe("2023-W38");
    expect(es("El pasado verano viajó.", "pasado verano").value).toBe("2022-SU");
    expect(es("El fin de semana hubo protestas.", "El fin de semana").value).toBe("2023-W36-WE");
  });
  it("clock times", () => {
    expect(es("Fue detenido a las 17:30 horas.", "a las 17:30 horas")).toMatchObject({ type: "TIME", value: "2023-09-12T17:30" });
  });
});

describe("es: durations and sets are typed as such", () => {
  it("durations", () => {
    expect(es("La reunión duró tres horas.", "tres horas")).toMatchObject({ type: "DURATION", value: "PT3H" });
    expect(es("Lleva más de diez años en el poder.", "más de diez años")).toMatchObject({ type: "DURATION", value: "P10Y", mod: "MORE_THAN" });
    expect(es("Negociaron durante varios meses.", "varios meses")).toMatchObject({ type: "DURATION", value: "PXM" });
  });
  it("sets", () => {
    expect(es("El foro se celebra cada año.", "cada año")).toMatchObject({ type: "SET", value: "P1Y" });
    expect(es("Todos los lunes hay reunión.", "Todos los lunes")).toMatchObject({ type: "SET", value: "XXXX-WXX-1" });
    expect(es("Se publica mensualmente.", "mensualmente")).toMatchObject({ type: "SET", value: "P1M" });
  });
});

describe("es: false friends", () => {
  it("'mañana' as the morning is not tomorrow; ages are not durations", () => {
    expect(values("La mañana era fría.", REF, "es")).toEqual([]);
    expect(es("Mañana viajará a Moscú.", "Mañana").value).toBe("2023-09-13");
    expect(values("Un hombre de 30 años fue detenido.", REF, "es")).toEqual([]);
  });
  it("streets and names are not dates", () => {
    expect(values("Protestaron en la Plaza de Mayo.", REF, "es")).toEqual([]);
    expect(values("La Primavera Árabe cambió la región.", REF, "es")).toEqual([]);
    expect(values("Ganó por 3-1 y 2000 personas lo vieron.", REF, "es")).toEqual([]);
  });
});

describe("es: extraction", () => {
  it("the Spanish seed incident dates to Sunday afternoon and is a travel", () => {
    const r = extractArticle(
      { url: "u", text: "Kim Jong-un salió de Pyongyang el domingo por la tarde en tren.", publishedAt: "2023-09-12", language: "es" },
      { receivedAt: "2023-09-12T00:00:00Z" },
    );
    const inc = r.incidents.find((i) => i.kind === "travel");
    expect(inc, JSON.stringify(r.incidents)).toBeDefined();
    expect(inc!.date.value).toBe("2023-09-10TAF");
  });
});
