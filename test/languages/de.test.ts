import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract";
import { tag } from "../../src/temporal/index";
import { mention, values } from "../temporal/helpers";

// Tuesday 12 September 2023, the seed articles' publication date.
const REF = "2023-09-12";
const de = (text: string, expr: string, ref = REF) => mention(text, expr, ref, "de");

describe("de: weekdays by tense, parts of day, nights", () => {
  it("Perfekt and Präteritum look back, Futur and 'soll' look forward", () => {
    expect(de("Kim hat Pjöngjang am Sonntag verlassen.", "Sonntag", "2023-09-14").value).toBe("2023-09-10");
    expect(de("Kim verließ Pjöngjang am Sonntag.", "Sonntag", "2023-09-14").value).toBe("2023-09-10");
    expect(de("Die Delegation reiste am Sonntag ab.", "Sonntag", "2023-09-14").value).toBe("2023-09-10");
    expect(de("Kim wird Putin am Sonntag treffen.", "Sonntag", "2023-09-14").value).toBe("2023-09-17");
    expect(de("Das Treffen soll am Sonntag stattfinden.", "Sonntag", "2023-09-14").value).toBe("2023-09-17");
    expect(de("Er ist am Mittwoch in Wladiwostok angekommen.", "Mittwoch", "2023-09-14").value).toBe("2023-09-13");
  });
  it("qualified weekdays", () => {
    expect(de("Er sprach am vergangenen Samstag.", "vergangenen Samstag").value).toBe("2023-09-09");
    expect(de("Er spricht am kommenden Montag.", "kommenden Montag").value).toBe("2023-09-18");
    expect(de("Die Sitzung ist nächsten Dienstag.", "nächsten Dienstag").value).toBe("2023-09-19");
  });
  it("weekday + part of day, written as one word or two, is a TIME", () => {
    expect(de("Kim Jong-un hat Pjöngjang am Sonntagnachmittag mit dem Zug verlassen.", "Sonntagnachmittag")).toMatchObject({ type: "TIME", value: "2023-09-10TAF", range: { start: "2023-09-10", end: "2023-09-10" } });
    expect(de("Er ist am Dienstagabend angekommen.", "Dienstagabend").value).toBe("2023-09-12TEV");
    expect(de("Er hat Montag früh gesprochen.", "Montag früh").value).toBe("2023-09-11TMO");
    expect(de("Gestern Abend hat er gesprochen.", "Gestern Abend").value).toBe("2023-09-11TEV");
    expect(de("Morgen früh fliegt er nach Moskau.", "Morgen früh").value).toBe("2023-09-13TMO");
  });
  it("'in der Nacht zum Mittwoch' is the night of Tuesday", () => {
    expect(de("In der Nacht zum Mittwoch brannte eine Scheune.", "der Nacht zum Mittwoch", "2023-09-13")).toMatchObject({ type: "TIME", value: "2023-09-12TNI" });
    expect(de("In der Nacht von Samstag auf Sonntag kam es zu Unfällen.", "der Nacht von Samstag auf Sonntag").value).toBe("2023-09-09TNI");
  });
  it("the part of day of the day in focus", () => {
    expect(values("Am Montag, 11. September, kam er an. Am Nachmittag traf er Putin.", REF, "de")).toContain("Nachmittag=2023-09-11TAF");
  });
});

describe("de: dates, months, years, weeks", () => {
  it("dates with and without year", () => {
    expect(de("Der Gipfel fand am 10. September statt.", "10. September").value).toBe("2023-09-10");
    expect(de("Er wurde am 5. Juli 1993 geboren.", "5. Juli 1993").value).toBe("1993-07-05");
    expect(de("Am Montag, 18. September, beginnt die Konferenz.", "Montag, 18. September").value).toBe("2023-09-18");
    expect(de("Der Vertrag wurde am 23.3.1987 unterzeichnet.", "23.3.1987").value).toBe("1987-03-23");
    // The South Tyrolean/Austrian month name.
    expect(de("Am 29. Jänner hat er gewonnen.", "29. Jänner").value).toBe("2023-01-29");
  });
  it("enumerations and ranges give one date per day, the first taking the month of the last", () => {
    expect(values("Die Konferenz findet vom 10. bis 13. September statt.", REF, "de")).toEqual(["10.=2023-09-10", "13. September=2023-09-13"]);
    expect(values("Zwischen dem 1. und dem 3. Oktober bleibt das Amt geschlossen.", REF, "de")).toEqual(["1.=2023-10-01", "3. Oktober=2023-10-03"]);
    expect(values("Die Sprechstunde ist am 25. August von 10-18 Uhr.", REF, "de")).toEqual(["25. August=2023-08-25", "10=2023-08-25T10:00", "18 Uhr=2023-08-25T18:00"]);
    const r = tag("Die Wahl ist von Montag bis Mittwoch.", { referenceDate: "2023-09-15", language: "de" });
    expect(r.map((m) => m.value)).toEqual(["2023-09-18", "2023-09-20"]);
  });
  it("months, Anfang/Mitte/Ende, relative years", () => {
    expect(de("Er reiste im Juli nach Russland.", "Juli")).toMatchObject({ value: "2023-07", granularity: "month" });
    expect(de("Anfang September reiste er nach Moskau.", "Anfang September")).toMatchObject({ value: "2023-09", mod: "START" });
    expect(de("Die Wahl ist Ende Oktober.", "Ende Oktober")).toMatchObject({ value: "2023-10", mod: "END" });
    expect(de("Er kam im vergangenen August.", "vergangenen August").value).toBe("2023-08");
    expect(de("Er kommt im kommenden August.", "kommenden August").value).toBe("2024-08");
    expect(de("Die Umsätze sanken im vergangenen Jahr.", "vergangenen Jahr").value).toBe("2022");
    expect(de("Heuer gibt es mehr Touristen.", "Heuer").value).toBe("2023");
    expect(de("Das Werk soll Mitte nächsten Jahres öffnen.", "Mitte nächsten Jahres")).toMatchObject({ value: "2024", mod: "MID" });
    expect(de("Bis Ende des Monats soll die Entscheidung fallen.", "Ende des Monats")).toMatchObject({ value: "2023-09", mod: "END" });
    expect(de("Im vergangenen Monat stieg die Zahl.", "vergangenen Monat").value).toBe("2023-08");
  });
  it("years, 'seit 2011', 'vor zwei Jahren', decades, centuries, quarters, seasons", () => {
    expect(de("Seit 2011 regiert Kim das Land.", "2011").value).toBe("2011");
    expect(de("Er ist im Jahr 2014 gewählt worden.", "Jahr 2014").value).toBe("2014");
    expect(de("Vor zwei Jahren war er in Peking.", "Vor zwei Jahren")).toMatchObject({ type: "DATE", value: "2021" });
    expect(de("Er kam vor drei Wochen an.", "vor drei Wochen").value).toBe("2023-08-22");
    expect(de("In den 80er Jahren war das anders.", "den 80er Jahren").value).toBe("198");
    expect(de("Es geschah im 20. Jahrhundert.", "im 20. Jahrhundert").value).toBe("19");
    expect(de("Im dritten Quartal 2022 stieg der Umsatz.", "dritten Quartal 2022").value).toBe("2022-Q3");
    expect(de("Im Sommer 2015 kam er.", "Sommer 2015").value).toBe("2015-SU");
  });
  it("weeks and weekends: 'letzte Woche', 'Mitte der Woche', 'am Wochenende'", () => {
    expect(de("Letzte Woche hat er gesprochen.", "Letzte Woche").value).toBe("2023-W36");
    expect(de("Nächste Woche wird er sprechen.", "Nächste Woche").value).toBe("2023-W38");
    expect(de("Mitte der Woche wird entschieden.", "Mitte der Woche")).toMatchObject({ value: "2023-W37", mod: "MID" });
    expect(de("Am Wochenende hat es geregnet.", "Wochenende").value).toBe("2023-W36-WE");
    expect(de("Am Wochenende wird es regnen.", "Wochenende").value).toBe("2023-W37-WE");
  });
  it("deictic days and clock times", () => {
    expect(de("Gestern hat er gesprochen.", "Gestern").value).toBe("2023-09-11");
    expect(de("Er wurde um 17.30 Uhr festgenommen.", "17.30 Uhr")).toMatchObject({ type: "TIME", value: "2023-09-12T17:30" });
    expect(de("Der Zug fuhr um halb neun ab.", "halb neun").value).toBe("2023-09-12T08:30");
  });
});

describe("de: durations and sets are typed as such", () => {
  it("durations", () => {
    expect(de("Die Sitzung dauerte drei Stunden.", "drei Stunden")).toMatchObject({ type: "DURATION", value: "PT3H" });
    expect(de("Er regiert seit zwölf Jahren.", "zwölf Jahren")).toMatchObject({ type: "DURATION", value: "P12Y" });
    expect(de("Die Verhandlungen dauerten mehr als 20 Jahre.", "mehr als 20 Jahre")).toMatchObject({ type: "DURATION", value: "P20Y", mod: "MORE_THAN" });
    expect(de("Er saß drei Jahre und vier Monate in Haft.", "drei Jahre und vier Monate").value).toBe("P3Y4M");
    expect(de("Die Fahrt dauerte eineinhalb Stunden.", "eineinhalb Stunden").value).toBe("PT1.5H");
    expect(de("Sie stritten jahrelang.", "jahrelang")).toMatchObject({ type: "DURATION", value: "PXY" });
  });
  it("sets", () => {
    expect(de("Das Forum findet jährlich statt.", "jährlich")).toMatchObject({ type: "SET", value: "P1Y" });
    expect(de("Jeden Montag gibt es ein Treffen.", "Jeden Montag")).toMatchObject({ type: "SET", value: "XXXX-WXX-1" });
    expect(de("Die Spiele finden alle vier Jahre statt.", "alle vier Jahre")).toMatchObject({ type: "SET", value: "P4Y" });
    expect(de("Das Museum ist sonntags geschlossen.", "sonntags")).toMatchObject({ type: "SET", value: "XXXX-WXX-7" });
  });
});

describe("de: false friends", () => {
  it("ages are not durations", () => {
    expect(values("Der 31 Jahre alte Mann wurde festgenommen.", REF, "de")).toEqual([]);
    expect(values("Wählen dürfen Jugendliche ab 16 Jahren.", REF, "de")).toEqual([]);
  });
  it("greetings, names and amounts are not dates", () => {
    expect(values("Guten Morgen, sagte er.", REF, "de")).toEqual([]);
    expect(values("August Bebel war ein Politiker.", REF, "de")).toEqual([]);
    expect(values("Der Verein hat 1600 Mitglieder und 2014 Euro Schulden.", REF, "de")).toEqual([]);
    // "Am Morgen" is the morning of the day in focus, not tomorrow.
    expect(de("Am Morgen kam er an.", "Morgen").value).toBe("2023-09-12TMO");
  });
  it("'heute' opposed to the past means nowadays", () => {
    expect(de("Damals war alles anders, heute ist die Stadt modern.", "heute").value).toBe("PRESENT_REF");
    expect(de("Heute hat der Gemeinderat getagt.", "Heute").value).toBe("2023-09-12");
  });
  it("'früher als' is a comparison, 'nun' a particle", () => {
    expect(values("Er kam früher als erwartet. Nun ist er da.", REF, "de")).toEqual([]);
  });
});

describe("de: extraction", () => {
  it("the German seed incident dates to Sunday afternoon and is a travel", () => {
    const r = extractArticle(
      { url: "u", text: "Kim Jong-un hat Pjöngjang am Sonntagnachmittag mit dem Zug verlassen.", publishedAt: "2023-09-12", language: "de" },
      { receivedAt: "2023-09-12T00:00:00Z" },
    );
    const inc = r.incidents.find((i) => i.kind === "travel");
    expect(inc, JSON.stringify(r.incidents)).toBeDefined();
    expect(inc!.date).toMatchObject({ value: "2023-09-10TAF", start: "2023-09-10", end: "2023-09-10" });
  });
  it("a future meeting in German is planned and dated forward", () => {
    const r = extractArticle(
      { url: "u", text: "Kim Jong-un wird Wladimir Putin am Mittwoch in Wladiwostok treffen.", publishedAt: "2023-09-12", language: "de" },
      { receivedAt: "2023-09-12T00:00:00Z" },
    );
    const inc = r.incidents.find((i) => i.kind === "meeting");
    expect(inc, JSON.stringify(r.incidents)).toBeDefined();
    expect(inc!.date.value).toBe("2023-09-13");
    expect(inc!.status).toBe("planned");
  });
  it("separable verbs whose particle closes the clause: the verb is the trigger, the date between is the event's", () => {
    const cases: [string, string, string][] = [
      ["Kim reiste am Sonntag aus Pjöngjang ab.", "departure", "2023-09-10"],
      ["Der Zug kam am Montag in Wladiwostok an.", "arrival", "2023-09-11"],
      ["Kim kehrte am Sonntag nach Pjöngjang zurück.", "return", "2023-09-10"],
      ["Putin und Kim kamen am Montag im Kosmodrom zusammen.", "meeting", "2023-09-11"],
    ];
    for (const [text, predicate, day] of cases) {
      const r = extractArticle({ url: "u", text, publishedAt: "2023-09-12", language: "de" }, { receivedAt: "2023-09-12T00:00:00Z" });
      expect(r.incidents.map((i) => [i.predicate, i.date.value]), text).toEqual([[predicate, day]]);
    }
  });
});
