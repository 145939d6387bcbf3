/**
 * Publication dates from datelines, through extraction: without `publishedAt` the dateline dates the
 * article (a dateline without a year takes the latest such day not after the received time); with it,
 * the dateline does not override the given date.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract";

const RECEIVED = "2023-08-20T10:00:00.000Z";

const DATELINES: [language: string, text: string, day: string][] = [
  ["es", "Rusia y Corea del Norte\n\nMADRID, 16 ago (EFE).- El Gobierno anunció el lunes nuevas medidas.", "2023-08-16"],
  ["es", "Madrid, 16 de agosto de 2023. El Gobierno habló el martes con la prensa.", "2023-08-16"],
  ["es", "MADRID, 16 ago. (EUROPA PRESS) - El Gobierno ha aprobado el plan.", "2023-08-16"],
  ["de", "Moskau, 16. August 2023 (dpa) - Kim Jong-un ist am Montag angekommen.", "2023-08-16"],
  ["de", "Berlin, 16. August 2023, 14:30 Uhr\nDie Regierung hat am Montag neue Maßnahmen beschlossen.", "2023-08-16"],
  ["it", "Roma, 16 agosto 2023 - Il governo ha annunciato lunedì nuove misure.", "2023-08-16"],
  ["it", "ROMA, 16 AGO - Il governo ha annunciato lunedì nuove misure.", "2023-08-16"],
  ["pt", "Lisboa, 16 de agosto de 2023 (Lusa) - O governo anunciou na segunda-feira novas medidas.", "2023-08-16"],
  ["pt", "BRASÍLIA, 16 ago (Reuters) - O governo anunciou novas medidas.", "2023-08-16"],
  ["nl", "Amsterdam, 16 augustus 2023 - De regering heeft maandag nieuwe maatregelen aangekondigd.", "2023-08-16"],
  ["ru", "МОСКВА, 16 августа 2023 /ТАСС/. Правительство объявило в понедельник новые меры.", "2023-08-16"],
  ["ru", "МОСКВА, 16 августа. /ТАСС/. Правительство объявило новые меры.", "2023-08-16"],
];

describe("publication date from a dateline", () => {
  for (const [language, text, day] of DATELINES) {
    it(`${language}: ${text.split("\n").find((l) => /\d/.test(l))!.slice(0, 40)} → ${day}`, () => {
      const r = extractArticle({ url: "u", text, language }, { receivedAt: RECEIVED });
      expect(r.publishedAt.slice(0, 10)).toBe(day);
      expect(r.publishedAtSource).toBe("text");
    });
    it(`${language}: a given publishedAt is kept (${day})`, () => {
      const r = extractArticle({ url: "u", text, language, publishedAt: "2023-08-18T08:00:00.000Z" }, { receivedAt: RECEIVED });
      expect(r.publishedAt).toBe("2023-08-18T08:00:00.000Z");
      expect(r.publishedAtSource).toBe("provided");
    });
  }

  it("a dateline without a year received in January is of the year before", () => {
    const r = extractArticle({ url: "u", text: "MADRID, 30 dic (EFE).- El Gobierno aprobó el plan.", language: "es" }, { receivedAt: "2024-01-02T09:00:00.000Z" });
    expect(r.publishedAt.slice(0, 10)).toBe("2023-12-30");
  });

  it("a sentence opening with a weekday and a date is no dateline", () => {
    const r = extractArticle({ url: "u", text: "El lunes, 16 de agosto, Kim llegó a Moscú.", language: "es" }, { receivedAt: RECEIVED });
    expect(r.publishedAtSource).toBe("received");
  });

  it("the dateline dates the story's weekdays", () => {
    const r = extractArticle({ url: "u", text: "MADRID, 16 ago (EFE).- Kim Jong-un salió de Pyongyang el domingo por la tarde en tren.", language: "es" }, { receivedAt: RECEIVED });
    expect(r.incidents.find((i) => i.kind === "travel")?.date.value).toBe("2023-08-13TAF");
  });

  it("without a dateline, the story's deictic weekday dates the article (es 'este lunes', pt 'nesta segunda-feira')", () => {
    const es = extractArticle({ url: "u", text: "El presidente habló este lunes en Madrid con la prensa.", language: "es" }, { receivedAt: RECEIVED });
    const pt = extractArticle({ url: "u", text: "O presidente falou nesta segunda-feira em Lisboa.", language: "pt" }, { receivedAt: RECEIVED });
    // Received Sunday 20 August 2023: the latest Monday is the 14th.
    expect([es.publishedAt.slice(0, 10), pt.publishedAt.slice(0, 10)]).toEqual(["2023-08-14", "2023-08-14"]);
  });

  it("a weekday after 'hasta' is a bound, not the story's day", () => {
    const r = extractArticle({ url: "u", text: "La exposición estará abierta hasta el lunes.", language: "es" }, { receivedAt: RECEIVED });
    expect(r.publishedAtSource).toBe("received");
  });
});
