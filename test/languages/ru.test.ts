import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract";
import { mention, values } from "../temporal/helpers";

// Tuesday 12 September 2023, the seed articles' publication date.
const REF = "2023-09-12";
const ru = (text: string, expr: string, ref = REF) => mention(text, expr, ref, "ru");

describe("ru: weekdays by tense, parts of day", () => {
  it("the past looks back, perfective and 'будет' futures look forward", () => {
    expect(ru("Ким покинул Пхеньян в воскресенье.", "воскресенье", "2023-09-14").value).toBe("2023-09-10");
    expect(ru("Ким прибыл в среду во Владивосток.", "среду", "2023-09-14").value).toBe("2023-09-13");
    expect(ru("Ким встретится с Путиным в воскресенье.", "воскресенье", "2023-09-14").value).toBe("2023-09-17");
    expect(ru("Переговоры будут проходить в воскресенье.", "воскресенье", "2023-09-14").value).toBe("2023-09-17");
  });
  it("qualified weekdays, in their cases", () => {
    expect(ru("Саммит пройдёт в следующий понедельник.", "следующий понедельник").value).toBe("2023-09-18");
    expect(ru("Он выступил в прошлую среду.", "прошлую среду").value).toBe("2023-09-06");
  });
  it("weekday + part of day is a TIME; 'в ночь на среду' is Tuesday night", () => {
    expect(ru("Ким Чен Ын покинул Пхеньян в воскресенье днём на поезде.", "воскресенье днём")).toMatchObject({ type: "TIME", value: "2023-09-10TAF" });
    expect(ru("Вчера вечером он выступил.", "Вчера вечером").value).toBe("2023-09-11TEV");
    expect(ru("В ночь на среду произошёл пожар.", "В ночь на среду", "2023-09-13")).toMatchObject({ type: "TIME", value: "2023-09-12TNI" });
  });
});

describe("ru: dates, months, years, weeks", () => {
  it("dates with and without year, datelines", () => {
    expect(ru("Москва, 16 августа 2023 года. Правительство заявило.", "16 августа 2023 года").value).toBe("2023-08-16");
    expect(ru("Правительство объявило 10 сентября о новых мерах.", "10 сентября").value).toBe("2023-09-10");
    expect(ru("В воскресенье, 10 сентября, он прибыл.", "воскресенье, 10 сентября").value).toBe("2023-09-10");
  });
  it("ranges", () => {
    expect(ru("Конференция пройдёт с 10 по 13 сентября.", "с 10 по 13 сентября")).toMatchObject({ value: "2023-09-10", range: { start: "2023-09-10", end: "2023-09-13" } });
  });
  it("months in their cases, mods, years, relative years, ago", () => {
    expect(ru("Он ездил в Россию в июле.", "июле")).toMatchObject({ value: "2023-07", granularity: "month" });
    expect(ru("В начале сентября он вернулся.", "начале сентября")).toMatchObject({ value: "2023-09", mod: "START" });
    expect(ru("В июле 2022 года он подписал договор.", "июле 2022 года").value).toBe("2022-07");
    expect(ru("В 2011 году он уехал.", "2011 году")).toMatchObject({ type: "DATE", value: "2011" });
    expect(ru("Продажи упали в прошлом году.", "в прошлом году").value).toBe("2022");
    expect(ru("Два года назад он был в Пекине.", "Два года назад")).toMatchObject({ type: "DATE", value: "2021" });
    expect(ru("В 1990-х годах было иначе.", "1990-х годах").value).toBe("199");
  });
  it("'на прошлой неделе', weekends", () => {
    expect(ru("На прошлой неделе он выступил.", "На прошлой неделе").value).toBe("2023-W36");
    expect(ru("На следующей неделе он выступит.", "На следующей неделе").value).toBe("2023-W38");
    expect(ru("В прошлые выходные шёл дождь.", "В прошлые выходные").value).toBe("2023-W36-WE");
  });
  it("clock times", () => {
    expect(ru("Мужчина был задержан в 17:30.", "в 17:30")).toMatchObject({ type: "TIME", value: "2023-09-12T17:30" });
  });
});

describe("ru: durations and sets are typed as such", () => {
  it("durations", () => {
    expect(ru("Встреча длилась три часа.", "три часа")).toMatchObject({ type: "DURATION", value: "PT3H" });
    expect(ru("Он у власти более десяти лет.", "более десяти лет")).toMatchObject({ type: "DURATION", value: "P10Y", mod: "MORE_THAN" });
    expect(ru("Переговоры шли несколько месяцев.", "несколько месяцев")).toMatchObject({ type: "DURATION", value: "PXM" });
  });
  it("sets", () => {
    expect(ru("Форум проходит каждый год.", "каждый год")).toMatchObject({ type: "SET", value: "P1Y" });
    expect(ru("По понедельникам проходят встречи.", "По понедельникам")).toMatchObject({ type: "SET", value: "XXXX-WXX-1" });
    expect(ru("Журнал выходит ежемесячно.", "ежемесячно")).toMatchObject({ type: "SET", value: "P1M" });
  });
});

describe("ru: false friends", () => {
  it("'среда' as the environment, prepositions before numbers, ages", () => {
    expect(values("Окружающая среда страдает от выбросов.", REF, "ru")).toEqual([]);
    expect(values("Выборы прошли в 20 странах.", REF, "ru")).toEqual([]);
    expect(values("Ему исполнилось 70 лет.", REF, "ru")).toEqual([]);
  });
});

describe("ru: extraction", () => {
  it("the Russian seed incident dates to Sunday afternoon and is a travel", () => {
    const r = extractArticle(
      { url: "u", text: "Ким Чен Ын покинул Пхеньян в воскресенье днём на поезде.", publishedAt: "2023-09-12", language: "ru" },
      { receivedAt: "2023-09-12T00:00:00Z" },
    );
    const inc = r.incidents.find((i) => i.kind === "travel");
    expect(inc, JSON.stringify(r.incidents)).toBeDefined();
    expect(inc!.date.value).toBe("2023-09-10TAF");
  });
});
