import { describe, expect, it } from "vitest";
import { articleContext, extractArticle } from "../../src/extract";
import { detectLanguage } from "../../src/extract/language";
import { segmentSentences } from "../../src/extract/sentences";
import { sentenceIncidents, usableDateMentions } from "../../src/extract/incidents";
import { getLocale } from "../../src/languages";
import { sameName } from "../../src/merge/aliases";
import type { TemporalMention } from "../../src/temporal/types";

describe("language and sentences", () => {
  it("detects French and English, defaults to English", () => {
    expect(detectLanguage("Le dirigeant nord-coréen est arrivé ce mardi en train en Russie, où il doit rencontrer le président.")).toBe("fr");
    expect(detectLanguage("The North Korean leader arrived in Russia by train on Tuesday, where he is expected to meet the president.")).toBe("en");
    expect(detectLanguage("ok")).toBe("en");
  });
  it("segments sentences with offsets, keeping 'M. Poutine' together", () => {
    const text = "M. Poutine est arrivé lundi. Kim est parti dimanche.";
    const s = segmentSentences(text, "fr");
    expect(s.map((x) => x.text)).toEqual(["M. Poutine est arrivé lundi.", "Kim est parti dimanche."]);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });
});

const mention = (text: string, sentence: string, value: string, start: string, end = start, granularity: TemporalMention["granularity"] = "day"): TemporalMention => {
  const at = sentence.indexOf(text);
  return { start: at, end: at + text.length, text, type: "DATE", value, granularity, range: { start, end } };
};

describe("date → trigger attachment (synthetic tagger output)", () => {
  const fr = getLocale("fr");
  const ctxOf = (text: string, ms: TemporalMention[]) => articleContext(text, [{ index: 0, start: 0, end: text.length, text }], ms, "fr", fr, "2023-09-11");
  const run = (text: string, ms: TemporalMention[]) => sentenceIncidents({ index: 0, start: 0, end: text.length, text }, usableDateMentions(ms, text, fr), ctxOf(text, ms));
  /** As extractArticle does it: bounds kept for sentenceIncidents to decide. */
  const run2 = (text: string, ms: TemporalMention[]) => sentenceIncidents({ index: 0, start: 0, end: text.length, text }, usableDateMentions(ms, text, fr, { keepBounds: true }), ctxOf(text, ms));

  it("attaches the date to the trigger of its clause", () => {
    const s = "Le journal a déclaré que Kim avait quitté Pyongyang dimanche soir et qu'il rencontrerait Poutine dès mardi.";
    const inc = run(s, [mention("dimanche soir", s, "2023-09-10TEV", "2023-09-10"), mention("mardi", s, "2023-09-12", "2023-09-12")]);
    const dep = inc.find((i) => i.date.value === "2023-09-10TEV");
    expect(dep?.trigger).toBe("quitté");
    expect(dep?.kind).toBe("travel");
    const meet = inc.find((i) => i.date.value === "2023-09-12");
    expect(meet?.kind).toBe("meeting");
    expect(meet?.status).toBe("planned");
  });

  it("gives the event noun the date of its occurrence verb", () => {
    const s = "Le forum économique oriental se déroule entre le 10 et le 13 septembre à Vladivostok.";
    const inc = run(s, [mention("entre le 10 et le 13 septembre", s, "2023-09-10", "2023-09-10", "2023-09-13")]);
    expect(inc[0].kind).toBe("economic");
    expect(inc[0].date).toMatchObject({ start: "2023-09-10", end: "2023-09-13" });
  });

  it("does not turn durations or bounds into incident dates", () => {
    const s = "C'est la première fois en quatre ans que Kim s'est rendu à l'étranger.";
    expect(run(s, [mention("en quatre ans", s, "2027", "2027-01-01", "2027-12-31", "year")])).toEqual([]);
  });

  it("keeps a bound as the event's end or start when it is its only date", () => {
    const s = "Poutine assiste au forum économique, qui se déroule jusqu'à mercredi.";
    const inc = run2(s, [mention("mercredi", s, "2023-09-13", "2023-09-13")]);
    expect(inc).toHaveLength(1);
    expect(inc[0].date).toMatchObject({ value: "2023-09-13", bound: "end", text: "jusqu'à mercredi" });
    const s2 = "Les combats se poursuivent depuis mardi dans la région.";
    const inc2 = run2(s2, [mention("mardi", s2, "2023-09-05", "2023-09-05")]);
    expect(inc2[0]).toMatchObject({ kind: "conflict", date: { bound: "start", text: "depuis mardi" } });
  });

  it("keeps a bound that opens the sentence, not one before another predicate", () => {
    const s = "Depuis 1999, le régiment a effectué dix-huit mois de présence au Kosovo.";
    expect(run2(s, [mention("1999", s, "1999", "1999-01-01", "1999-12-31", "year")])[0]?.date).toMatchObject({ bound: "start" });
    const s2 = "Le défenseur, sans club depuis janvier, n'a pas convaincu Rennes.";
    expect(run2(s2, [mention("janvier", s2, "2002-01", "2002-01-01", "2002-01-31", "month")])).toEqual([]);
  });

  it("names a ballot by its own phrase", () => {
    const s = "Armen Darbinian a remis sa démission à la suite des élections législatives du 30 mai.";
    const inc = run2(s, [mention("30 mai", s, "1999-05-30", "1999-05-30")]);
    expect(inc.find((i) => i.trigger === "élections législatives")?.title).toBe("Élections législatives");
  });

  it("drops a bound when its event has its own date in the sentence", () => {
    const s = "Le sommet se tiendra mardi à Vladivostok, jusqu'à mercredi selon le Kremlin.";
    const inc = run2(s, [mention("mardi", s, "2023-09-12", "2023-09-12"), mention("mercredi", s, "2023-09-13", "2023-09-13")]);
    expect(inc.map((i) => `${i.trigger} ${i.date.value}`)).toEqual(["sommet 2023-09-12"]);
    // A bound of another predicate stays: he arrived on Monday and stays until Wednesday.
    const s2 = "Kim est arrivé lundi à Vladivostok, où il restera jusqu'à mercredi.";
    const inc2 = run2(s2, [mention("lundi", s2, "2023-09-11", "2023-09-11"), mention("mercredi", s2, "2023-09-13", "2023-09-13")]);
    expect(inc2.find((i) => i.trigger === "arrivé")?.date.value).toBe("2023-09-11");
  });

  it("marks the date of an ending occurrence verb as the event noun's end", () => {
    const s = "Poutine est à Vladivostok pour un forum économique qui se termine mercredi.";
    const inc = run2(s, [mention("mercredi", s, "2023-09-13", "2023-09-13")]);
    expect(inc[0]).toMatchObject({ kind: "economic", date: { bound: "end" } });
  });

  it("ignores comparison points and negated dates", () => {
    const s = "L'optimisme enregistre une hausse de 10 points par rapport à août 2001.";
    expect(run2(s, [mention("août 2001", s, "2001-08", "2001-08-01", "2001-08-31", "month")])).toEqual([]);
    const s2 = "Les cours reprendront le jeudi 7 octobre et non le jeudi 30 septembre.";
    const inc = run2(s2, [mention("le jeudi 7 octobre", s2, "1999-10-07", "1999-10-07"), mention("le jeudi 30 septembre", s2, "1999-09-30", "1999-09-30")]);
    expect(inc.map((i) => i.date.value)).toEqual(["1999-10-07"]);
  });

  it("a bare year naming a thing is no event date, the year of a named event is", () => {
    const s = "Le bilan 2001 de la délinquance sera rendu public lundi.";
    const inc = run2(s, [mention("2001", s, "2001", "2001-01-01", "2001-12-31", "year"), mention("lundi", s, "2023-09-11", "2023-09-11")]);
    expect(inc.map((i) => i.date.value)).toEqual(["2023-09-11"]);
    const s2 = "Les écuries contestent les règlements du Championnat du monde 2003.";
    expect(run2(s2, [mention("2003", s2, "2003", "2003-01-01", "2003-12-31", "year")]).map((i) => i.date.value)).toEqual(["2003"]);
    const s3 = "Kim a pris le pouvoir en 2011.";
    expect(run2(s3, [mention("2011", s3, "2011", "2011-01-01", "2011-12-31", "year")]).map((i) => i.kind)).toEqual(["election"]);
  });

  it("dates crimes, protests and presence at a named place", () => {
    const s = "Olivier Besancenot sera à Marseille jeudi 2 mai afin d'y manifester.";
    const inc = run2(s, [mention("jeudi 2 mai", s, "2002-05-02", "2002-05-02")]);
    expect(inc[0]).toMatchObject({ kind: "travel", date: { value: "2002-05-02" } });
    const s2 = "La liste des méfaits commis entre 0 h 30 et 4 h mardi ressemble à une litanie.";
    expect(run2(s2, [mention("mardi", s2, "1999-08-24", "1999-08-24")])[0]?.kind).toBe("legal");
    const s3 = "Les propositions que les députés ont remises hier au Premier ministre.";
    expect(run2(s3, [mention("hier", s3, "2002-01-23", "2002-01-23")])[0]?.trigger).toBe("ont remises");
  });

  it("needs a trigger: a date alone is not an incident", () => {
    const s = "Le lundi 4 septembre 2023.";
    expect(run(s, [mention("lundi 4 septembre 2023", s, "2023-09-04", "2023-09-04")])).toEqual([]);
  });
});

describe("extractArticle end to end", () => {
  it("builds readable titles and alias-resolved actors/places", () => {
    const text = "Le ministre russe de la Défense, Sergueï Choïgou, a effectué une visite officielle en Corée du Nord le 26 juillet 2023.";
    const r = extractArticle({ url: "u", text, publishedAt: "2023-09-04" }, { receivedAt: "2023-09-04T00:00:00Z" });
    const v = r.incidents.find((i) => i.kind === "travel");
    expect(v?.actors.some((a) => sameName(a, "Sergei Shoigu"))).toBe(true);
    expect(v?.principal && sameName(v.principal, "Shoigu")).toBe(true);
    expect(v?.places).toContain("North Korea");
    expect(v?.title).toBe("Sergueï Choïgou se rend en Corée du Nord");
    expect(v?.date.start).toBe("2023-07-26");
    expect(r.language).toBe("fr");
  });

  it("English: a date naming the event after 'since the' is its date; irregular pasts are predicates", () => {
    const en = (text: string) => extractArticle({ url: "u", text, publishedAt: "1999-05-06", language: "en" }, { receivedAt: "1999-05-06T00:00:00Z" }).incidents;
    const since = en("Eric Rudolph has been on the run since the January 1998 bombing of a clinic.");
    expect(since.find((i) => i.trigger === "bombing")?.date).toMatchObject({ value: "1998-01" });
    expect(since.find((i) => i.trigger === "bombing")?.date.bound).toBeUndefined();
    expect(en("Farkas was sent into space on board the Soyuz 36 on May 26, 1980.").map((i) => i.date.value)).toContain("1980-05-26");
  });

  it("a report of an event is the event, attributed to the reporter", () => {
    const ex = (text: string, publishedAt = "2023-09-13") => extractArticle({ url: "u", text, publishedAt }, { receivedAt: "2023-09-13T00:00:00Z" }).incidents;
    const kyodo = ex("Kim Jong-un a quitté Pyongyang. Mardi, l'agence de presse japonaise Kyodo rapporte que le dirigeant nord-coréen est arrivé dans la ville frontalière de Khasan.");
    expect(kyodo.filter((i) => i.kind === "statement")).toEqual([]);
    const arrival = kyodo.find((i) => i.kind === "travel" && i.date.value === "2023-09-12");
    expect(arrival?.title).toBe("Kim Jong-un arrive à Khasan");
    expect(arrival?.attribution).toEqual(["Kyodo"]);
    expect(arrival?.status).toBe("reported");
    const en = extractArticle({ url: "u", text: "Kyodo reported on Tuesday that Kim Jong Un arrived in Khasan.", publishedAt: "2023-09-13", language: "en" }, { receivedAt: "2023-09-13T00:00:00Z" }).incidents;
    expect(en.map((i) => [i.kind, i.title, i.attribution])).toEqual([["travel", "Kim Jong Un arrives in Khasan", ["Kyodo"]]]);
    const according = extractArticle({ url: "u", text: "According to Reuters, General Motors filed for bankruptcy on Monday.", publishedAt: "2009-06-02", language: "en" }, { receivedAt: "2009-06-02T00:00:00Z" }).incidents;
    expect(according.map((i) => [i.kind, i.title, i.attribution, i.principal])).toEqual([["economic", "General Motors files for bankruptcy", ["Reuters"], "General Motors"]]);
  });

  it("headlines a statement with what was said: speaker + reported clause", () => {
    const ex = (text: string, publishedAt = "2023-09-13") => extractArticle({ url: "u", text, publishedAt }, { receivedAt: "2023-09-13T00:00:00Z" }).incidents;
    const wash = ex("Les États-Unis annoncent qu'un accord d'armement est imminent, assure Washington ce lundi 4 septembre.", "2023-09-04");
    expect(wash.map((i) => [i.kind, i.attribution])).toEqual([["agreement", ["United States"]]]);
    const media = ex("Vladimir Poutine est à Vladivostok. Kim Jong-un semble être parti à bord d'un train à destination de la Russie, ont rapporté lundi les médias sud-coréens.", "2023-09-12");
    expect(media.find((i) => i.kind === "travel")?.title).toBe("Kim Jong-un part pour la Russie");
    const enx = (text: string) => extractArticle({ url: "u", text, publishedAt: "1990-08-15", language: "en" }, { receivedAt: "1990-08-15T00:00:00Z" }).incidents.find((i) => i.kind === "statement")?.title;
    // English without "that", the speaker's date left out, a long clause ended at a phrase boundary.
    expect(enx("President Bush on Tuesday said the United States may extend its naval quarantine to Jordan's Red Sea port of Aqaba.")).toBe("Bush: the United States may extend its naval quarantine");
    // A clause cut by a quotation is shortened, never left hanging; the inverted subject speaks.
    expect(ex("Le plus urgent c'est l'envoi des secours pour faire face «à une terrible situation», a déclaré hier Kofi Annan, secrétaire général.", "2002-01-10")[0]?.title).toBe("Kofi Annan : le plus urgent c'est l'envoi des secours");
  });

  it("gives stable keys for the same content", () => {
    const input = { url: "u", text: "Kim Jong-un a quitté Pyongyang le 10 septembre 2023.", publishedAt: "2023-09-12" };
    const a = extractArticle(input, { receivedAt: "2023-09-12T00:00:00Z" });
    const b = extractArticle(input, { receivedAt: "2023-09-13T00:00:00Z" });
    expect(a.incidents.map((i) => i.key)).toEqual(b.incidents.map((i) => i.key));
    expect(a.incidents[0].title).toBe("Kim Jong-un quitte Pyongyang");
  });
});
