/** English news constructions added from the TBAQ error analysis (reference Tuesday 12 September 2023). */
import { describe, expect, it } from "vitest";
import { tag } from "../../src/temporal/index";
import { mention } from "./helpers";

const REF = "2023-09-12";
const en = (text: string, expr: string, ref = REF) => mention(text, expr, ref, "en");
const fr = (text: string, expr: string, ref = REF) => mention(text, expr, ref, "fr");
const texts = (text: string, language = "en") => tag(text, { referenceDate: REF, language }).map((m) => m.text);

describe("en: sentence-initial 'Now'", () => {
  it("'Now' + clause is the present; 'Now,' and 'Now for' are discourse markers", () => {
    expect(en("The school was closed. Now critics are targeting it.", "Now").value).toBe("PRESENT_REF");
    expect(en("Talks failed. Now with a solution in sight, prices fell.", "Now").value).toBe("PRESENT_REF");
    expect(texts("Now, he says, it is over.")).toEqual([]);
    expect(texts("Now for the geography quiz.")).toEqual([]);
  });
});

describe("en: passive participles take their auxiliary's tense", () => {
  it("'will be held' / 'would be paid' look forward, 'was held' looks back", () => {
    expect(en("The summit would still be held on April 24.", "April 24", "2023-02-10").value).toBe("2023-04-24");
    expect(en("A dividend would be paid in January to holders.", "January", "2023-10-26").value).toBe("2024-01");
    expect(en("The summit was held on April 24.", "April 24", "2023-02-10").value).toBe("2022-04-24");
    expect(en("The vote will be held Thursday.", "Thursday").value).toBe("2023-09-14");
  });
  it("French keeps its own cues (conditional forward, plus-que-parfait back)", () => {
    expect(fr("Kim avait quitté Pyongyang dimanche soir et qu'il rencontrerait Poutine dès mardi.", "dimanche soir", "2023-09-11").value).toBe("2023-09-10TEV");
    expect(fr("Kim avait quitté Pyongyang dimanche soir et qu'il rencontrerait Poutine dès mardi.", "mardi", "2023-09-11").value).toBe("2023-09-12");
  });
});

describe("en: month + day after 'last'", () => {
  it("'last Oct. 23' is a day (extent without 'last'), 'last October' a month", () => {
    expect(en("He was shot to death last Oct. 23 at his home.", "Oct. 23", "1999-04-19")).toMatchObject({ value: "1998-10-23" });
    expect(en("He was shot to death last October at his home.", "last October", "1999-04-19")).toMatchObject({ value: "1998-10" });
  });
  it("false friends: 'may'/'march' the verbs, scores, street numbers, the Sun", () => {
    expect(texts("Prices may 5 percent rise.")).toEqual([]);
    expect(texts("They march 10 miles.")).toEqual([]);
    expect(texts("The Sun reported that Arsenal won 3-2 at 221 Baker Street.")).toEqual([]);
    expect(en("May shares rose? They may. Sales rose in May.", "May").value).toBe("2023-05");
  });
});

describe("en: financial periods", () => {
  it("'the 1988 third quarter' and 'the year-ago third quarter' are one expression each", () => {
    expect(en("Profit rose from the 1988 third quarter.", "the 1988 third quarter", "1989-10-26").value).toBe("1988-Q3");
    expect(en("Profit rose from the year-ago third quarter.", "the year-ago third quarter", "1989-10-26").value).toBe("1988-Q3");
    expect(en("Profit rose from the year-earlier third quarter.", "the year-earlier third quarter", "1989-10-26").value).toBe("1988-Q3");
  });
  it("'the year-earlier nine months' is a duration", () => {
    expect(en("Net fell from the year-earlier nine months.", "the year-earlier nine months", "1989-10-26")).toMatchObject({ type: "DURATION", value: "P9M" });
  });
  it("adjectival 'year-earlier' leaves the determiner to its noun", () => {
    expect(texts("Profit fell below the year-earlier $4.5 million.", "en")).toContain("year-earlier");
    expect(texts("The year-ago results were hurt by charges.", "en")).toContain("year-ago");
  });
});

describe("en: tense of the expression's own clause", () => {
  const REF_MON = "2023-09-11"; // Monday
  it("past and future clauses of one sentence resolve apart", () => {
    const t = "Kim had left Pyongyang on Sunday evening and would meet Putin as early as Tuesday.";
    expect(en(t, "Sunday evening", REF_MON).value).toBe("2023-09-10TEV");
    expect(en(t, "Tuesday", REF_MON).value).toBe("2023-09-12");
    const u = "The talks, which will open Wednesday, were announced Sunday.";
    expect(en(u, "Wednesday", REF_MON).value).toBe("2023-09-13");
    expect(en(u, "Sunday", REF_MON).value).toBe("2023-09-10");
  });
  it("future cues: will, is expected to, plans to, next", () => {
    expect(en("Kim is expected to meet Putin Wednesday.", "Wednesday", REF_MON).value).toBe("2023-09-13");
    expect(en("Officials said Kim plans to meet Putin on Friday.", "Friday", REF_MON).value).toBe("2023-09-15");
    expect(en("Kim arrived on Friday.", "Friday", REF_MON).value).toBe("2023-09-08");
  });
  it("a trailing attribution ('…, officials said') does not make the event past", () => {
    expect(en("Kim arrives Wednesday, officials said.", "Wednesday", REF_MON).value).toBe("2023-09-13");
    expect(en("Kim left Sunday, officials said.", "Sunday", REF_MON).value).toBe("2023-09-10");
    expect(en("He said on Friday that Kim would arrive next week.", "Friday", REF_MON).value).toBe("2023-09-08");
  });
  it("'this Friday' takes the clause direction", () => {
    expect(en("Kim will arrive this Friday.", "this Friday", REF_MON).value).toBe("2023-09-15");
    expect(en("Kim arrived this Friday.", "this Friday", REF_MON).value).toBe("2023-09-08");
  });
  it("French: a trailing 'a-t-il déclaré' attribution is unchanged", () => {
    expect(fr("Kim rencontrera Poutine mercredi, a déclaré un responsable.", "mercredi", REF_MON).value).toBe("2023-09-13");
  });
  it("amounts are not times: 'paying 12 3/4%'", () => {
    expect(texts("The notes are paying 12 3/4%, he said.")).toEqual([]);
  });
});

describe("en: demonstrative periods follow the narrative", () => {
  it("'that year', 'later that year', 'earlier that day', 'that quarter'", () => {
    expect(en("He came to Florida in June 1998 and returned to Cuba later that year.", "later that year", "2000-01-28")).toMatchObject({ value: "1998", mod: "END" });
    expect(en("Sales rose in 1988. Imports that year fell.", "that year", "1989-11-02").value).toBe("1988");
    expect(en("He was killed on Oct. 23, 1998. Earlier that day, he had sent a fax.", "Earlier that day", "1999-10-24").value).toBe("1998-10-23");
    expect(en("Profit rose in the second quarter. Results for that quarter included a charge.", "that quarter", "1989-10-27").value).toBe("1989-Q2");
  });
  it("a bare 'that day' in market talk is not tagged", () => {
    expect(texts("Investors have strong redemptions that day.")).toEqual([]);
  });
});

describe("en: adjectival participles are no tense cues", () => {
  it("'a still unspecified date in January' keeps the modal's future", () => {
    expect(en("The dividend would be paid on a still unspecified date in January.", "January", "1989-10-26").value).toBe("1990-01");
  });
});

describe("en: sets and approximations", () => {
  it("'each July', plural weekdays and coordinated weekday nights are sets", () => {
    expect(en("Orangemen march each July downtown.", "each July")).toMatchObject({ type: "SET", value: "XXXX-07" });
    expect(en("The shop closes on Sundays.", "Sundays")).toMatchObject({ type: "SET", value: "XXXX-WXX-7" });
    const t = "Flights would leave Bombay on Monday and Tuesday nights from March 30.";
    expect(en(t, "Monday", "1998-02-13")).toMatchObject({ type: "SET", value: "XXXX-WXX-1TNI" });
    expect(en(t, "Tuesday nights", "1998-02-13")).toMatchObject({ type: "SET", value: "XXXX-WXX-2TNI" });
    expect(en("He left Monday and Tuesday he came back.", "Monday").type).toBe("DATE");
    expect(en("It must pay $100 million in interest every quarter.", "every quarter").value).toBe("P1Q");
  });
  it("'around' belongs to dates and times (APPROX), not to a possessive noun phrase", () => {
    expect(en("It will be completed around Nov. 1.", "around Nov. 1", "1989-10-30")).toMatchObject({ value: "1989-11-01", mod: "APPROX" });
    expect(en("He was shot around 7:15 p.m.", "around 7:15 p.m.").mod).toBe("APPROX");
    expect(en("They would get around Wednesday's ruling.", "Wednesday").value).toBe("2023-09-06"); // possessive: a past event
    expect(texts("Around 3,000 people came.")).toEqual([]);
  });
});

describe("en: narrative 'the following year/month', spelled years after months and seasons", () => {
  it("'the following month/year' is the one after the date in focus", () => {
    expect(en("In March, the board took steps. The following month, the company put itself up for sale.", "The following month", "1989-10-27").value).toBe("1989-04");
    expect(en("He was made a general in 1995, and the following year he was appointed attache.", "the following year", "1998-04-18").value).toBe("1996");
  });
  it("'January nineteen ninety-seven', 'the winter of nineteen ninety-four' (but not 'March nineteen people')", () => {
    expect(en("January nineteen ninety-seven. Atlanta again.", "January nineteen ninety-seven", "1998-02-27").value).toBe("1997-01");
    expect(en("Prices we saw in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four", "1998-02-27").value).toBe("1994-WI");
    expect(en("In March nineteen people died.", "March", "1998-02-27").value).toBe("1998-03");
  });
});

describe("en: duration extents", () => {
  it("'over a/an' is MORE_THAN inside the extent; 'over three years' keeps 'over' out; 'or so' is inside", () => {
    expect(en("It took over a week.", "over a week")).toMatchObject({ type: "DURATION", value: "P1W", mod: "MORE_THAN" });
    expect(en("Sales grew over three years.", "three years").value).toBe("P3Y");
    expect(en("We will grow in the next two years or so.", "the next two years or so").value).toBe("P2Y");
    expect(en("Then, a week or so ago, he left.", "a week or so ago").type).toBe("DATE");
  });
  it("ages are no durations: 'a 45-year-old man', '45 years old'", () => {
    expect(texts("A 45-year-old man, 45 years old, was hurt.")).toEqual([]);
  });
});

describe("street numbers are no years (en, fr)", () => {
  it("en: '1600 Pennsylvania Avenue'", () => {
    const ms = tag("He lives at 1600 Pennsylvania Avenue. In 1600 Shakespeare wrote.", { referenceDate: REF, language: "en" });
    expect(ms.map((m) => [m.start, m.text])).toEqual([[41, "1600"]]);
  });
  it("fr: '1450, boulevard René-Lévesque', '1200 rue Sainte-Catherine'", () => {
    expect(texts("Le siège est au 1450, boulevard René-Lévesque depuis 1999.", "fr")).toEqual(["1999"]);
    expect(texts("Il habite 1200 rue Sainte-Catherine.", "fr")).toEqual([]);
  });
});

describe("en: present tense and overtaken plans", () => {
  const REF_MON = "2023-09-11"; // Monday
  it("a present-tense clause takes the nearest date; 'is expected' looks forward", () => {
    expect(en("The sale, which had been expected, is part of a plan to repay the loan by February.", "February", "1989-10-30").value).toBe("1990-02");
    expect(en("The vote is expected Thursday.", "Thursday", REF_MON).value).toBe("2023-09-14");
    expect(en("Kim, who is in Russia, arrived Sunday.", "Sunday", REF_MON).value).toBe("2023-09-10");
  });
  it("'had been due/scheduled to expire Friday' is past; 'the offer expires Friday' future", () => {
    expect(en("It had been due to expire Friday evening.", "Friday evening", "1989-10-30").value).toBe("1989-10-27TEV");
    expect(en("The offer expires Friday.", "Friday", "1989-10-30").value).toBe("1989-11-03");
  });
});

describe("en: 'one day' after a modal, bare 'centuries'", () => {
  it("'will one day be' is FUTURE_REF; 'lasted one day' a duration; 'for centuries' a vague duration", () => {
    expect(en("Islam will one day be the second religion.", "one day")).toMatchObject({ type: "DATE", value: "FUTURE_REF" });
    expect(en("The strike lasted one day.", "one day")).toMatchObject({ type: "DURATION", value: "P1D" });
    expect(en("Ukraine was ruled from Moscow for centuries.", "centuries")).toMatchObject({ type: "DURATION", value: "PXY" });
  });
});

describe("en: 'the' + bare plural units", () => {
  it("'over the years', 'the early years', 'the weeks ahead' keep the determiner; 'the days before X' does not", () => {
    expect(en("Over the years many died.", "the years").value).toBe("PXY");
    expect(en("In the early years, few came.", "the early years").value).toBe("PXY");
    expect(en("Funds may sell in the weeks ahead.", "the weeks ahead").value).toBe("PXW");
    expect(texts("In the days before the shooting he hid.")).toEqual(["days"]);
  });
});

describe("en: clause boundaries and direction cues", () => {
  const MON = "1989-10-30"; // Monday
  it("an abbreviation's period does not end the sentence ('Sept. 14 to Thursday' keeps the past verb)", () => {
    expect(en("It holds 6.4%, including shares bought from Sept. 14 to Thursday.", "Thursday", MON).value).toBe("1989-10-26");
    expect(en("Gen. Smith said the troops arrived Thursday.", "Thursday", MON).value).toBe("1989-10-26");
  });
  it("'next to' is a place, not a future cue", () => {
    expect(en("Hundreds were killed in the blasts next to the U.S. embassies on Friday.", "Friday", "1998-08-08").value).toBe("1998-08-07");
  });
  it("'since' looks back; 'until'/'through' take the nearest date whatever the verb", () => {
    expect(en("They have been searching for him since shortly after the Oct. 23 slaying.", "Oct. 23", "1999-05-06").value).toBe("1998-10-23");
    expect(en("Lenders extended $90 million in revolving loans through January.", "January", MON).value).toBe("1990-01");
    expect(en("The INS extended its deadline until Tuesday.", "Tuesday", MON).value).toBe("1989-10-31");
  });
  it("'could' is no future cue; 'expect'/'anticipate' are", () => {
    expect(en("Neither he nor his grandparents could be located Wednesday in Cardenas.", "Wednesday", "2000-01-06").value).toBe("2000-01-05");
    expect(en("Analysts expect the trend to continue into February.", "February", MON).value).toBe("1990-02");
  });
  it("un- adjectives ('untouched', 'unnamed') are no past cue; un- verbs ('unveiled') are", () => {
    expect(en("Qantas will double its flights by August in the search for markets untouched by the crisis.", "August", "1998-02-13").value).toBe("1998-08");
    expect(en("The company unveiled its plan in August.", "August", "1998-02-13").value).toBe("1997-08");
  });
});

describe("en: amounts are no clock times", () => {
  it("'at 1,015 francs', 'at 3 1/2' stay amounts and leave the date alone", () => {
    expect(en("It may sell its stake after Jan. 1, 1990 at 1,015 francs a share.", "Jan. 1, 1990", "1989-10-27")).toMatchObject({ type: "DATE", value: "1990-01-01" });
    expect(en("Shares closed Friday at 3 1/2.", "Friday", "1989-10-30")).toMatchObject({ type: "DATE", value: "1989-10-27" });
    expect(en("He arrived Friday at 5 p.m.", "Friday at 5 p.m.", "1989-10-30")).toMatchObject({ type: "TIME", value: "1989-10-27T17:00" });
  });
});

describe("en: part of day before a deictic day", () => {
  it("'mid-afternoon yesterday', 'early morning tomorrow' are one expression", () => {
    expect(en("In London at mid-afternoon yesterday, shares were up.", "mid-afternoon yesterday", "1989-11-02")).toMatchObject({ type: "TIME", value: "1989-11-01TAF", mod: "MID" });
    expect(en("Talks resume early morning tomorrow.", "early morning tomorrow", "1989-11-02")).toMatchObject({ type: "TIME", value: "1989-11-03TMO" });
  });
});

describe("en: forecasts do not move the reported quarter", () => {
  it("'the year-ago period' is the reported quarter a year back, not the forecast one", () => {
    const text =
      "Bethlehem posted a drop in third-quarter profit. Analysts expect the trend to continue into the fourth quarter and through the first two quarters of 1990. In the year-ago period, Bethlehem earned $101.4 million.";
    expect(en(text, "the year-ago period", "1989-10-26").value).toBe("1988-Q3");
  });
  it("a fiscal quarter said to have ended, or reported, takes the focus", () => {
    const text = "Ralston reported a decline in fourth-quarter earnings. It earned $45.2 million, compared with $84.9 million a year earlier.";
    expect(en(text, "a year earlier", "1989-11-02").value).toBe("1988-Q4");
  });
});

describe("en: holidays", () => {
  it("movable feasts and Election Day, in the tense direction", () => {
    expect(en("It will be a theme of our campaign from now to Election Day.", "Election Day", "1998-10-26").value).toBe("1998-11-03");
    expect(en("Protesters prayed as Easter week began.", "Easter week", "2000-04-17")).toMatchObject({ value: "2000-W16", granularity: "week" });
    expect(en("He died on Good Friday.", "Good Friday", "1998-10-26").value).toBe("1998-04-10");
    expect(en("Next Easter they will go.", "Next Easter", "1998-10-26").value).toBe("1999-04-04");
    expect(en("Last Christmas he left.", "Last Christmas", "1998-10-26").value).toBe("1997-12-25");
  });
  it("'eastern', 'Easterbrook', 'good' are no holidays", () => {
    expect(texts("The eastern front held; Easterbrook came; good news.")).toEqual([]);
  });
});

describe("days named from another date", () => {
  it("en: 'the day before last Tuesday', 'the day after Oct. 12', 'the week of March 6' are one expression each", () => {
    expect(en("The day before last Tuesday's hearing, he met them.", "The day before last Tuesday", "2000-02-24").value).toBe("2000-02-21");
    expect(en("He left the day after Oct. 12.", "the day after Oct. 12", "1999-11-02").value).toBe("1999-10-13");
    expect(en("A hearing is set for the week of March 6.", "the week of March 6", "2000-02-24")).toMatchObject({ value: "2000-W10", granularity: "week" });
  });
  it("fr: 'la veille du 10 septembre', 'le lendemain du sommet du 13 septembre', 'la semaine du 18 septembre'", () => {
    expect(fr("La veille du 10 septembre, il est parti.", "La veille du 10 septembre", "2023-09-14").value).toBe("2023-09-09");
    expect(fr("Il est arrivé le lendemain du sommet du 13 septembre.", "le lendemain du sommet du 13 septembre", "2023-09-14").value).toBe("2023-09-14");
    expect(fr("L'avant-veille du 12 septembre, rien.", "L'avant-veille du 12 septembre", "2023-09-14").value).toBe("2023-09-10");
    expect(fr("La réunion aura lieu la semaine du 18 septembre.", "la semaine du 18 septembre", "2023-09-14").value).toBe("2023-W38");
  });
  it("a bare 'la veille' / 'the day before' stays anaphoric", () => {
    expect(fr("Kim est arrivé mardi. La veille, il avait quitté Pyongyang.", "La veille", "2023-09-14").value).toBe("2023-09-11");
  });
});

describe("en: half-years written as two quarters", () => {
  it("'the first two quarters of 1990' is 1990-H1; 'the last two quarters' without a year is a duration", () => {
    expect(en("Losses continue through the first two quarters of 1990.", "the first two quarters of 1990", "1989-10-26").value).toBe("1990-H1");
    expect(en("The last two quarters of 1988 were weak.", "The last two quarters of 1988", "1989-10-26").value).toBe("1988-H2");
    expect(en("The last two quarters were weak.", "The last two quarters", "1989-10-26")).toMatchObject({ type: "DURATION", value: "P2Q" });
  });
});

describe("present tense as a cue without direction", () => {
  it("fr: 'sont incertains pour … samedi' takes the nearest Saturday, not the past of another clause", () => {
    const t = "Daf a été blessé à la cheville alors que Monsoreau et Isabey sont incertains pour la venue d'Auxerre samedi.";
    expect(fr(t, "samedi", "2002-09-13").value).toBe("2002-09-14");
    expect(fr("Kim est arrivé samedi.", "samedi", "2002-09-13").value).toBe("2002-09-07");
  });
  it("en: 'previously'/'formerly' look back", () => {
    expect(en("Kopp, previously in Mexico on Friday, is now in Canada.", "Friday", "1989-11-01").value).toBe("1989-10-27");
    expect(en("Kopp, in Mexico on Friday, is now in Canada.", "Friday", "1989-11-01").value).toBe("1989-11-03");
  });
});

describe("fr: fêtes", () => {
  it("fixed and movable feasts, in the tense direction", () => {
    expect(fr("C'est en cette fête de Pentecôte que se déroulera la fête du village.", "Pentecôte", "1999-05-19").value).toBe("1999-05-23");
    expect(fr("À Pâques, il viendra.", "Pâques", "1999-05-19").value).toBe("2000-04-23");
    expect(fr("Il est rentré à Noël.", "Noël", "1999-05-19").value).toBe("1998-12-25");
    expect(fr("À la Toussaint, les familles se recueillent.", "la Toussaint", "1999-05-19").value).toBe("1999-11-01");
    expect(fr("Noël dernier, il neigeait.", "Noël dernier", "1999-12-30").value).toBe("1999-12-25");
    expect(fr("Le dimanche des Rameaux, la foule a prié.", "Le dimanche des Rameaux", "2000-04-17").value).toBe("2000-04-16");
  });
  it("names and common nouns are no feasts: « l'accord du Vendredi saint », « l'ascension du mont Blanc »", () => {
    expect(texts("Sans transfert des pouvoirs, l'accord du Vendredi Saint serait caduc.", "fr")).toEqual([]);
    expect(texts("L'ascension du mont Blanc a eu lieu.", "fr")).toEqual([]);
  });
});

describe("en: names made of a holiday or weekday", () => {
  it("'the Good Friday agreement', 'Bloody Sunday' are no dates; 'Palm Sunday' is", () => {
    expect(texts("The Good Friday agreement was signed.")).toEqual([]);
    expect(texts("Bloody Sunday is remembered.")).toEqual([]);
    expect(en("On Palm Sunday, protesters prayed.", "Palm Sunday", "2000-04-17").value).toBe("2000-04-16");
  });
});

describe("generic today / tomorrow", () => {
  it("en: 'today's youth', 'today's personal computers', 'the people of tomorrow' are the present/future at large", () => {
    expect(en("The case is for today's youth what the war was.", "today", "2000-01-07").value).toBe("PRESENT_REF");
    expect(en("Chips are in many of today's personal computers.", "today", "1989-10-27").value).toBe("PRESENT_REF");
    expect(en("If I were choosing the people of tomorrow, I would.", "tomorrow", "1989-11-02").value).toBe("FUTURE_REF");
  });
  it("en: 'Today's meeting', 'the end of today', 'is tomorrow' stay days", () => {
    expect(en("Today's special meeting was cancelled.", "Today", "1989-11-02").value).toBe("1989-11-02");
    expect(en("By the end of today, the deal closes.", "today", "1989-11-02").value).toBe("1989-11-02");
    expect(en("The vote is tomorrow.", "tomorrow", "1989-11-02").value).toBe("1989-11-03");
  });
  it("fr: « les jeunes d'aujourd'hui », « l'Europe de demain » ; « la séance de demain », « à partir de demain » restent des jours", () => {
    expect(fr("Les jeunes d'aujourd'hui votent peu.", "aujourd'hui", "2002-09-13").value).toBe("PRESENT_REF");
    expect(fr("Il faut construire l'Europe de demain.", "demain", "2002-09-13").value).toBe("FUTURE_REF");
    expect(fr("La séance de demain est annulée.", "demain", "2002-09-13").value).toBe("2002-09-14");
    expect(fr("À partir de demain, la route sera fermée.", "demain", "2002-09-13").value).toBe("2002-09-14");
  });
});
