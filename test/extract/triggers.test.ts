import { describe, expect, it } from "vitest";
import { findTriggers } from "../../src/extract/triggers";
import { getLocale } from "../../src/languages";
import { inferStatus } from "../../src/extract/status";

const fr = getLocale("fr");
const en = getLocale("en");
const first = (text: string, loc = fr) => findTriggers(text, loc).filter((t) => t.entry.sense !== "generic")[0];

describe("trigger lexicons and kinds", () => {
  it.each([
    ["Kim Jong-un a quitté Pyongyang", "travel", "departure"],
    ["le dirigeant est arrivé en Russie", "travel", "arrival"],
    ["le départ de Kim", "travel", "departure"],
    ["un sommet entre les deux dirigeants", "meeting", "summit"],
    ["Il rencontrera Poutine", "meeting", "meeting"],
    ["Moscou et Pyongyang ont nié toute transaction", "statement", "denial"],
    ["depuis qu'il a pris le pouvoir en 2011", "election", "power"],
    ["l'invasion de l'Ukraine", "conflict", "attack"],
    ["un accord d'armement", "agreement", "agreement"],
    ["un tremblement de terre a frappé", "disaster", "disaster"],
  ])("fr: %s → %s/%s", (text, kind, sense) => {
    const t = first(text);
    expect(t?.entry.kind).toBe(kind);
    expect(t?.entry.sense).toBe(sense);
  });

  it.each([
    ["Kim left Pyongyang on Sunday", "travel", "departure"],
    ["He arrived in Russia", "travel", "arrival"],
    ["talks between the two leaders", "meeting", "meeting"],
    ["Russia invaded Ukraine", "conflict", "attack"],
  ])("en: %s → %s/%s", (text, kind, sense) => {
    const t = first(text, en);
    expect(t?.entry.kind).toBe(kind);
    expect(t?.entry.sense).toBe(sense);
  });

  it("reads 'rencontre' as a noun after a determiner and as a verb otherwise", () => {
    expect(first("Une rencontre pourrait avoir lieu")?.entry.pos).toBe("noun");
    expect(first("Il rencontre Poutine")?.entry.pos).toBe("verb");
  });

  it("ignores idioms that only look like triggers", () => {
    expect(findTriggers("à partir du 30 août", fr).map((t) => t.text)).not.toContain("partir");
  });

  it("falls back to generic predicates when no lexicon word is present", () => {
    const t = findTriggers("Vaclav Havel a dû être opéré hier soir", fr);
    expect(t.some((x) => x.entry.sense === "generic" && x.text.endsWith("opéré"))).toBe(true);
  });
});

describe("status", () => {
  const status = (clause: string, date = "2023-09-10", pub = "2023-09-12", loc = fr) => {
    const t = findTriggers(clause, loc).filter((x) => x.entry.sense !== "generic")[0];
    return inferStatus(clause, t, t.start, loc, date, pub);
  };
  it("happened", () => expect(status("Kim Jong-un a quitté Pyongyang dimanche")).toBe("happened"));
  it("planned: modal", () => expect(status("Il devrait rencontrer Poutine mercredi", "2023-09-13")).toBe("planned"));
  it("planned: future tense", () => expect(status("Il rencontrera Poutine mercredi", "2023-09-13")).toBe("planned"));
  it("planned: date after publication", () => expect(status("la rencontre à Vladivostok le 13 septembre", "2023-09-13")).toBe("planned"));
  it("reported", () => expect(status("Kim serait arrivé lundi selon Kyodo", "2023-09-11")).toBe("reported"));
  it("denied", () => expect(status("Moscou et Pyongyang ont nié mardi toute transaction", "2023-09-12")).toBe("denied"));
});
