/**
 * The entity layer across languages (pure, Node-side in workerd): the names and places each of the
 * five languages writes for one story, resolved to the same canonical names and places.
 */
import { describe, expect, it } from "vitest";
import { analyseEntities } from "../../src/extract/entities";
import { segmentSentences } from "../../src/extract/sentences";
import { getLocale } from "../../src/languages";
import { extractArticle } from "../../src/extract";
import { isDatelineDate } from "../../src/extract/dateline";
import { sameName } from "../../src/merge/aliases";

function entities(text: string, lang: string) {
  const e = analyseEntities(text, segmentSentences(text, lang), [], getLocale(lang));
  return e.mentions.map((m) => ({ name: m.cluster.canonical, type: m.cluster.type, nation: m.nation }));
}

const names = (text: string, lang: string) => [...new Set(entities(text, lang).map((e) => e.name))];

describe("entities across languages", () => {
  it("Russian: role words, a country acronym before the name, case endings to the nominative", () => {
    const e = entities("Лидер КНДР Ким Чен Ын встретился с Владимиром Путиным. Путин поблагодарил Ким Чен Ына.", "ru");
    expect(e.find((x) => x.name === "Ким Чен Ын")).toMatchObject({ type: "person", nation: "North Korea" });
    expect(names("Лидер КНДР Ким Чен Ын встретился с Владимиром Путиным. Путин поблагодарил Ким Чен Ына.", "ru")).toEqual(["Ким Чен Ын", "Владимир Путин"]);
    expect(sameName("Ким Чен Ын", "Kim Jong-un")).toBe(true);
  });

  it("Russian: a sentence-initial noun before a name written elsewhere is no part of it; places in oblique cases", () => {
    const text = "Глава МИД Сергей Лавров прибыл во Владивосток. Самолет Сергея Лаврова приземлился во Владивостоке в Приморском крае.";
    const n = names(text, "ru");
    expect(n).toContain("Сергей Лавров");
    expect(n).not.toContain("Самолет Сергея Лаврова");
    expect(n).toContain("Vladivostok");
    expect(n).toContain("Primorye");
  });

  it("German: a capitalised common noun or compound before a place or a person is a descriptor", () => {
    const n = names("Kremlchef Wladimir Putin ist mit seinem Zug im Grenzbahnhof Chassan eingetroffen.", "de");
    expect(n).toEqual(["Wladimir Putin", "Khasan"]);
  });

  it("a demonym alone is a place adjective, never an actor; a dateline in capitals is a place", () => {
    const e = entities("VLADIVOSTOK, Russia - North Korean leader Kim Jong-un reached the Russian border station of Khasan.", "en");
    expect(e.map((x) => x.name)).not.toContain("Russian");
    expect(e.find((x) => x.name === "Vladivostok")?.type).toBe("city");
    expect(e.find((x) => x.name === "Khasan")?.type).toBe("city");
  });

  it("Spanish and others: «y» joins two names, not one («Corea del Sur y Estados Unidos»)", () => {
    expect(names("Ayer Corea del Sur y Estados Unidos iniciaron maniobras.", "es")).toEqual(["South Korea", "United States"]);
    expect(names("Вчера Россия и Китай подписали соглашение.", "ru")).toEqual(["Russia", "China"]);
    // A sentence-initial word before a place is taken off, unless the article writes it inside a name elsewhere.
    expect(names("Air France a annulé ses vols. La compagnie Air France est en grève.", "fr")).toEqual(["Air France"]);
  });
});

describe("datelines do not date incidents", () => {
  it.each([
    ["MOSCOU, 18 mars 2026 (AFP) - Le président", "18 mars 2026"],
    ["VLADIVOSTOK, Russia, March 17 (Reuters) - The leader", "March 17"],
    ["Vladivostok (Rusia), 18 de marzo de 2026 (EFE).- El líder", "18 de marzo de 2026"],
    ["ХАСАН, 17 марта. /ТАСС/. Лидер", "17 марта"],
  ])("%s", (text, date) => {
    const start = text.indexOf(date);
    expect(isDatelineDate(text, start, start + date.length)).toBe(true);
  });

  it("a date inside the story stays an event date", () => {
    const text = "Le dirigeant, arrivé à Moscou, 18 mars 2026, a rencontré le président.";
    const start = text.indexOf("18 mars 2026");
    expect(isDatelineDate(text, start, start + 12)).toBe(false);
    const r = extractArticle({ url: "u", language: "fr", publishedAt: "2026-03-18T08:00:00Z", text: "MOSCOU, 18 mars 2026 (AFP) - Kim Jong-un est arrivé mardi à Khassan." }, { receivedAt: "2026-03-18T08:00:00Z" });
    expect(r.incidents.map((i) => i.date.value)).toEqual(["2026-03-17"]);
  });
});
