import { describe, expect, it } from "vitest";
import { isFurnitureLine, stripFurniture } from "../../src/extract/furniture";
import { getLocale } from "../../src/languages";
import { extractArticle } from "../../src/extract";

const fr = getLocale("fr");

describe("page furniture", () => {
  it.each([
    "Mis à jour dimanche 17 septembre 2023 – 11h01",
    "vendredi 29 septembre 2023",
    "LAISSER UN COMMENTAIRE",
    "S'il vous plaît entrez votre commentaire!",
    "Publicité",
    "spot_img",
    "Par : RFI Suivre",
    "Chloé, rédactrice en chef aguerrie, anime L'Indécapant avec expertise. Pionnière du jeu vidéo, elle critique les tendances.",
    "Minute.bf avec AFP",
  ])("is furniture: %s", (line) => expect(isFurnitureLine(line, fr)).toBe(true));

  it("keeps story lines, even long ones that start with a furniture word", () => {
    expect(isFurnitureLine("Kim Jong-un a quitté la capitale nord-coréenne, Pyongyang, dimanche après-midi en train privé.", fr)).toBe(false);
    const long = "Publicité Lire la suite Avec notre correspondant à Séoul, Nicolas Rocca. Pour sa première sortie officielle du territoire nord-coréen depuis le début de la pandémie, Kim Jong-un aurait choisi la Russie, assure Washington ce lundi 4 septembre.";
    expect(stripFurniture(long, fr)).toMatch(/^Avec notre correspondant/);
  });

  it("cuts trailing 'À lire aussi' blocks and leading 'date 2023-09' stamps", () => {
    expect(stripFurniture(" date 2023-09 Corée du Nord: un titre", fr)).toBe("Corée du Nord: un titre");
    expect(stripFurniture("Fin de l'article. À lire aussiAutre sujet Newsletter", fr)).toBe("Fin de l'article.");
  });

  it("extracts no incident from site headers, update stamps or author bios", () => {
    const text = [
      "vendredi 29 septembre 2023",
      "Mis à jour dimanche 17 septembre 2023 – 11h01",
      "Le dirigeant est arrivé le 12 septembre 2023 à Khasan.",
      "Chloé, rédactrice en chef, anime le site. Pionnière du jeu vidéo, elle critique les tendances.",
    ].join("\n\n");
    const r = extractArticle({ url: "u", text, language: "fr", publishedAt: "2023-09-17" }, { receivedAt: "2023-09-30T00:00:00Z" });
    expect(r.text).not.toMatch(/Mis à jour|29 septembre|jeu vidéo/);
    for (const i of r.incidents) expect(i.date.start).not.toBe("2023-09-29");
    expect(r.incidents.some((i) => i.date.start === "2023-09-12")).toBe(true);
  });
});
