import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract";

const RECEIVED = "2023-09-17T18:00:00.000Z";
const infer = (text: string, receivedAt = RECEIVED) => extractArticle({ url: "u", text, language: "fr" }, { receivedAt });

describe("publication date inference", () => {
  it("reads an update stamp", () => {
    const r = infer("Titre\n\nMis à jour dimanche 17 septembre 2023 – 11h01\n\nLe train est parti ce dimanche.");
    expect(r.publishedAt.slice(0, 10)).toBe("2023-09-17");
    expect(r.publishedAtSource).toBe("text");
  });

  it("combines a 'date 2023-09' stamp with 'ce lundi 4 septembre'", () => {
    const r = infer(" date 2023-09 Corée du Nord: un titre\n\nUn accord est imminent, assure Washington ce lundi 4 septembre.");
    expect(r.publishedAt.slice(0, 10)).toBe("2023-09-04");
  });

  it("prefers the story's weekdays over a contradicting site header", () => {
    const r = infer("spot_img\nvendredi 29 septembre 2023\n\nLe dirigeant est arrivé ce mardi en Russie, a annoncé mardi l'agence.");
    expect(r.publishedAt.slice(0, 10)).toBe("2023-09-12");
  });

  it("accepts a site header the story agrees with", () => {
    const r = infer("vendredi 15 septembre 2023\n\nLe ministre a parlé ce vendredi devant la presse.");
    expect(r.publishedAt.slice(0, 10)).toBe("2023-09-15");
  });

  it("dates a story told in weekdays after its latest explicit date", () => {
    const text = "Kim a quitté Pyongyang dimanche après-midi. Le voyage a été rapporté lundi. Dans la nuit de mardi à mercredi, Kyodo rapporte qu'il est arrivé. Dès le 4 septembre, le journal écrivait qu'une rencontre était en cours.";
    expect(infer(text).publishedAt.slice(0, 10)).toBe("2023-09-12");
  });

  it("falls back to the received time", () => {
    const r = infer("Un texte sans aucune date.", "2024-01-02T03:04:05.000Z");
    expect(r.publishedAt).toBe("2024-01-02T03:04:05.000Z");
    expect(r.publishedAtSource).toBe("received");
  });

  it("keeps a provided date", () => {
    const r = extractArticle({ url: "u", text: "Mis à jour dimanche 17 septembre 2023", publishedAt: "2023-09-12" }, { receivedAt: RECEIVED });
    expect(r.publishedAt).toBe("2023-09-12");
    expect(r.publishedAtSource).toBe("provided");
  });
});

describe("publication date inference (English)", () => {
  it("reads a 'Published' stamp with a time in between", () => {
    const r = extractArticle({ url: "u", text: "Kim arrives in Russia\n\nPublished 3:45 PM EST, Tue September 12, 2023\n\nKim Jong Un arrived in Russia on Tuesday.", language: "en" }, { receivedAt: RECEIVED });
    expect(r.publishedAt.slice(0, 10)).toBe("2023-09-12");
    expect(r.publishedAtSource).toBe("text");
  });
  it("does not take a dated sentence of the story for a stamp", () => {
    const r = extractArticle({ url: "u", text: "The report published on March 3, 2020 by the agency was cited again on Monday by officials who said it remained valid.", language: "en" }, { receivedAt: RECEIVED });
    expect(r.publishedAt.slice(0, 10)).not.toBe("2020-03-03");
  });
});
