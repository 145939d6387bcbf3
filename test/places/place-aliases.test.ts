import { describe, expect, it } from "vitest";
import { placeCandidates, placeOf, demonymOf } from "../../src/extract/entities/places";
import { lookupPlace } from "../../src/places";

describe("places across languages, scripts and spellings (src/places + the packs' spellings and case forms)", () => {
  it.each([
    ["Khasan", "en", "Khasan"],
    ["Khassan", "fr", "Khasan"],
    ["Chassan", "de", "Khasan"],
    ["Jasán", "es", "Khasan"],
    ["Хасан", "ru", "Khasan"],
    ["Хасане", "ru", "Khasan"],
    ["Primorié", "fr", "Primorye"],
    ["Primorye", "en", "Primorye"],
    ["Приморье", "ru", "Primorye"],
    ["Corée du Nord", "fr", "North Korea"],
    ["Nordkorea", "de", "North Korea"],
    ["Corea del Norte", "es", "North Korea"],
    ["КНДР", "ru", "North Korea"],
    ["Pyong-yang", "fr", "Pyongyang"],
    ["Pjöngjang", "de", "Pyongyang"],
    ["Пхеньяна", "ru", "Pyongyang"],
    ["Vladivostock", "fr", "Vladivostok"],
    ["Wladiwostok", "de", "Vladivostok"],
    ["Владивостоке", "ru", "Vladivostok"],
    ["Chabarowsk", "de", "Khabarovsk"],
    ["Jabárovsk", "es", "Khabarovsk"],
    ["Le Caire", "fr", "Cairo"],
    ["Extrême-Orient", "fr", "Russian Far East"],
    ["СССР", "ru", "Soviet Union"],
  ])("%s (%s) → %s", (surface, lang, canonical) => expect(placeOf(surface, lang)?.canonical).toBe(canonical));

  it("keeps Khasan (Russia) apart from Hassan (India), and puts the hand-written border station first for «Хасан»", () => {
    expect(placeOf("Khasan", "en")?.within).toBe("Primorye");
    expect(placeCandidates("Хасан", "ru").map((p) => p.canonical)).toEqual(["Khasan", "Hassan"]);
    expect(placeOf("Khassan", "fr")?.canonical).not.toBe("Hassan");
  });

  it("does not read people, common words or demonyms as places by spelling", () => {
    for (const [w, lang] of [["Poutine", "fr"], ["Putin", "de"], ["Lavrov", "fr"], ["Kozhemyako", "en"], ["Juan", "es"], ["Ruso", "es"], ["Kremlin", "en"]] as const)
      expect(placeOf(w, lang), w).toBeUndefined();
  });

  it("gives demonyms their country from the data in every pack language that has them", () => {
    expect(demonymOf("nord-coréenne", "fr")?.canonical).toBe("North Korea");
    expect(demonymOf("nordkoreanische", "de")?.canonical).toBe("North Korea");
    expect(demonymOf("norcoreano", "es")?.canonical).toBe("North Korea");
    expect(demonymOf("North Korean", "en")?.canonical).toBe("North Korea");
  });

  it("the supplement names a former country and sites the data lacks", () => {
    expect(lookupPlace("Soviet Union")?.type).toBe("country");
    expect(lookupPlace("Vostochny Cosmodrome")?.within).toBe("Amur Oblast");
  });
});
