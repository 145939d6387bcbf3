import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract";
import { mention, values } from "../temporal/helpers";

// Tuesday 12 September 2023, the seed articles' publication date.
const REF = "2023-09-12";
const nl = (text: string, expr: string, ref = REF) => mention(text, expr, ref, "nl");

describe("nl: weekdays by tense, parts of day", () => {
  it("perfect and past look back, 'zal' and 'gepland' look forward", () => {
    expect(nl("Kim is zondag uit Pyongyang vertrokken.", "zondag", "2023-09-14").value).toBe("2023-09-10");
    expect(nl("Kim arriveerde woensdag in Vladivostok.", "woensdag", "2023-09-14").value).toBe("2023-09-13");
    expect(nl("Kim vertrok zondag uit Pyongyang.", "zondag", "2023-09-14").value).toBe("2023-09-10");
    expect(nl("Kim zal Poetin zondag ontmoeten.", "zondag", "2023-09-14").value).toBe("2023-09-17");
    expect(nl("De top is gepland op zondag.", "zondag", "2023-09-14").value).toBe("2023-09-17");
  });
  it("qualified weekdays", () => {
    expect(nl("De top is volgende maandag.", "volgende maandag").value).toBe("2023-09-18");
    expect(nl("Hij sprak afgelopen woensdag.", "afgelopen woensdag").value).toBe("2023-09-06");
  });
  it("weekday + part of day written as one word is a TIME", () => {
    expect(nl("Kim Jong-un is zondagmiddag met de trein uit Pyongyang vertrokken.", "zondagmiddag")).toMatchObject({ type: "TIME", value: "2023-09-10TAF" });
    expect(nl("Gisteravond sprak hij.", "Gisteravond").value).toBe("2023-09-11TEV");
    expect(nl("Vanavond spreekt hij.", "Vanavond").value).toBe("2023-09-12TEV");
  });
});

describe("nl: dates, months, years, weeks", () => {
  it("dates with and without year, datelines", () => {
    expect(nl("Den Haag, 16 augustus 2023. De regering sprak.", "16 augustus 2023").value).toBe("2023-08-16");
    expect(nl("De regering kondigde op 10 september maatregelen aan.", "10 september").value).toBe("2023-09-10");
    expect(nl("Op zondag 10 september kwam hij aan.", "zondag 10 september").value).toBe("2023-09-10");
  });
  it("ranges", () => {
    expect(nl("De conferentie vindt plaats van 10 tot 13 september.", "van 10 tot 13 september")).toMatchObject({ value: "2023-09-10", range: { start: "2023-09-10", end: "2023-09-13" } });
  });
  it("months, mods, years, relative years, ago", () => {
    expect(nl("Hij reisde in juli naar Rusland.", "juli")).toMatchObject({ value: "2023-07", granularity: "month" });
    expect(nl("Begin september keerde hij terug.", "Begin september")).toMatchObject({ value: "2023-09", mod: "START" });
    expect(nl("Eind oktober stemt het parlement.", "Eind oktober")).toMatchObject({ value: "2023-10", mod: "END" });
    expect(nl("In juli 2022 tekende hij.", "juli 2022").value).toBe("2022-07");
    expect(nl("De verkoop daalde vorig jaar.", "vorig jaar").value).toBe("2022");
    expect(nl("Twee jaar geleden was hij in Peking.", "Twee jaar geleden")).toMatchObject({ type: "DATE", value: "2021" });
    expect(nl("In de jaren 90 was het anders.", "de jaren 90").value).toBe("199");
  });
  it("'vorige week', weekends", () => {
    expect(nl("Vorige week sprak hij.", "Vorige week").value).toBe("2023-W36");
    expect(nl("Volgende week spreekt hij.", "Volgende week").value).toBe("2023-W38");
    expect(nl("Het afgelopen weekend regende het.", "Het afgelopen weekend").value).toBe("2023-W36-WE");
  });
  it("clock times", () => {
    expect(nl("Hij werd om 17.30 uur gearresteerd.", "om 17.30 uur")).toMatchObject({ type: "TIME", value: "2023-09-12T17:30" });
  });
});

describe("nl: durations and sets are typed as such", () => {
  it("durations", () => {
    expect(nl("De vergadering duurde drie uur.", "drie uur")).toMatchObject({ type: "DURATION", value: "PT3H" });
    expect(nl("Hij is al meer dan tien jaar aan de macht.", "meer dan tien jaar")).toMatchObject({ type: "DURATION", value: "P10Y", mod: "MORE_THAN" });
    expect(nl("Ze onderhandelden enkele maanden.", "enkele maanden")).toMatchObject({ type: "DURATION", value: "PXM" });
  });
  it("sets", () => {
    expect(nl("Het forum vindt elk jaar plaats.", "elk jaar")).toMatchObject({ type: "SET", value: "P1Y" });
    expect(nl("Elke maandag is er overleg.", "Elke maandag")).toMatchObject({ type: "SET", value: "XXXX-WXX-1" });
    expect(nl("Het blad verschijnt maandelijks.", "maandelijks")).toMatchObject({ type: "SET", value: "P1M" });
  });
});

describe("nl: false friends", () => {
  it("'morgen' as the morning, greetings, ages", () => {
    expect(values("De morgen was koud.", REF, "nl")).toEqual([]);
    expect(values("Goede morgen, zei hij.", REF, "nl")).toEqual([]);
    expect(nl("Morgen reist hij naar Moskou.", "Morgen").value).toBe("2023-09-13");
    expect(values("Een man van 30 jaar werd gearresteerd.", REF, "nl")).toEqual([]);
    expect(values("Augustus was een Romeinse keizer.", REF, "nl")).toEqual([]);
    expect(values("De inflatie steeg tot 10 procent.", REF, "nl")).toEqual([]);
  });
});

describe("nl: extraction", () => {
  it("the Dutch seed incident dates to Sunday afternoon and is a travel", () => {
    const r = extractArticle(
      { url: "u", text: "Kim Jong-un is zondagmiddag met de trein uit Pyongyang vertrokken.", publishedAt: "2023-09-12", language: "nl" },
      { receivedAt: "2023-09-12T00:00:00Z" },
    );
    const inc = r.incidents.find((i) => i.kind === "travel");
    expect(inc, JSON.stringify(r.incidents)).toBeDefined();
    expect(inc!.date.value).toBe("2023-09-10TAF");
  });
});
