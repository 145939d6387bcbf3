/** Russian calendar words, in all the cases news use, for the table-driven parsers (common/parsers/vocabulary). */
import type { Vocabulary } from "../../../temporal/common/vocabulary";
import type { Phrase } from "../../../temporal/common/parsers/vocabulary/PhraseParser";

/** Each form of a word (stem + endings) → value. */
const forms = (stem: string, endings: string[], v: number): Record<string, number> => Object.fromEntries(endings.map((e) => [stem + e, v]));

export const RU_WEEKDAYS: Record<string, number> = {
  ...forms("понедельник", ["", "а", "у", "ом", "е"], 1),
  ...forms("вторник", ["", "а", "у", "ом", "е"], 2),
  ...forms("сред", ["а", "у", "ы", "е", "ой"], 3),
  ...forms("четверг", ["", "а", "у", "ом", "е"], 4),
  ...forms("пятниц", ["а", "у", "ы", "е", "ей"], 5),
  ...forms("суббот", ["а", "у", "ы", "е", "ой"], 6),
  ...forms("воскресень", ["е", "я", "ю", "ем"], 0),
};

const MONTH_STEMS: [string, string[], number][] = [
  ["январ", ["ь", "я", "е"], 1], ["феврал", ["ь", "я", "е"], 2], ["март", ["", "а", "е"], 3], ["апрел", ["ь", "я", "е"], 4],
  ["ма", ["й", "я", "е"], 5], ["июн", ["ь", "я", "е"], 6], ["июл", ["ь", "я", "е"], 7], ["август", ["", "а", "е"], 8],
  ["сентябр", ["ь", "я", "е"], 9], ["октябр", ["ь", "я", "е"], 10], ["ноябр", ["ь", "я", "е"], 11], ["декабр", ["ь", "я", "е"], 12],
];

export const RU_VOCABULARY: Vocabulary = {
  weekdays: RU_WEEKDAYS,
  months: {
    ...Object.assign({}, ...MONTH_STEMS.map(([s, e, v]) => forms(s, e, v))),
    "янв.": 1, "февр.": 2, "фев.": 2, "апр.": 4, "авг.": 8, "сент.": 9, "окт.": 10, "нояб.": 11, "дек.": 12,
  },
  numbers: {
    один: 1, одна: 1, одно: 1, одного: 1, одной: 1, одну: 1, два: 2, две: 2, двух: 2, три: 3, трёх: 3, трех: 3, четыре: 4, четырёх: 4, четырех: 4,
    пять: 5, пяти: 5, шесть: 6, шести: 6, семь: 7, семи: 7, восемь: 8, восьми: 8, девять: 9, девяти: 9, десять: 10, десяти: 10,
    одиннадцать: 11, одиннадцати: 11, двенадцать: 12, двенадцати: 12, тринадцать: 13, тринадцати: 13, четырнадцать: 14, четырнадцати: 14, пятнадцать: 15, пятнадцати: 15,
    шестнадцать: 16, шестнадцати: 16, семнадцать: 17, семнадцати: 17, восемнадцать: 18, восемнадцати: 18, девятнадцать: 19, девятнадцати: 19, двадцать: 20, двадцати: 20, тридцать: 30, тридцати: 30, сорок: 40, сорока: 40,
    пятьдесят: 50, сто: 100, полтора: 1.5, полутора: 1.5,
  },
  units: {
    ...forms("год", ["", "а", "у", "ом", "ы", "ов"], 0), лет: 0,
    ...forms("месяц", ["", "а", "ев", "ы", "ем"], 0),
    ...forms("недел", ["я", "и", "ю", "ь", "е"], 0),
    день: 0, дня: 0, дней: 0, дни: 0, сутки: 0, суток: 0,
    ...forms("час", ["", "а", "ов"], 0),
    ...forms("минут", ["а", "ы", "у", ""], 0),
    ...forms("секунд", ["а", "ы", "у", ""], 0),
    ...forms("десятилети", ["е", "я", "й"], 0),
    ...forms("век", ["", "а", "ов"], 0),
  } as unknown as Record<string, string>,
  partsOfDay: { утро: "MO", утром: "MO", утра: "MO", днём: "AF", днем: "AF", вечер: "EV", вечером: "EV", вечера: "EV", ночь: "NI", ночью: "NI", ночи: "NI" },
  qualifiersBefore: {
    ...forms("прошл", ["ый", "ую", "ое", "ой", "ом", "ым", "ые", "ых"], -1), ...forms("минувш", ["ий", "ую", "ее", "ей", "ем", "им", "ие", "их"], -1),
    ...forms("следующ", ["ий", "ую", "ее", "ей", "ем", "им", "ие", "их"], 1), ...forms("ближайш", ["ий", "ую", "ее", "ей", "ем", "ие", "их"], 1),
    ...forms("будущ", ["ий", "ую", "ее", "ей", "ем", "им"], 1), этот: 0, эту: 0, это: 0, этой: 0, этом: 0, этим: 0, эти: 0,
  },
  qualifiersAfter: {},
  mods: { начале: "START", начала: "START", середине: "MID", середины: "MID", конце: "END", конца: "END" },
  seasons: {
    ...forms("весн", ["а", "у", "ы", "ой", "е"], 0), ...forms("лет", ["о", "ом", "а"], 0), ...forms("осен", ["ь", "ью", "и"], 0), ...forms("зим", ["а", "у", "ы", "ой", "е"], 0),
  } as unknown as Record<string, string>,
};

// Unit and season codes per form (the helpers above build number-valued maps).
for (const k of Object.keys(RU_VOCABULARY.units)) {
  RU_VOCABULARY.units[k] = /^(?:год|лет)/.test(k) ? "Y" : /^месяц/.test(k) ? "M" : /^недел/.test(k) ? "W" : /^(?:д[ен]|сут)/.test(k) ? "D" : /^час/.test(k) ? "H" : /^минут/.test(k) ? "MIN" : /^секунд/.test(k) ? "S" : /^десят/.test(k) ? "DE" : "CE";
}
for (const k of Object.keys(RU_VOCABULARY.seasons)) {
  RU_VOCABULARY.seasons[k] = /^весн/.test(k) ? "SP" : /^лет/.test(k) ? "SU" : /^осен/.test(k) ? "FA" : "WI";
}

/** Ordinals of quarters and half-years, in the cases news use ("во втором квартале", "первого полугодия"). */
export const RU_ORDINALS: Record<string, number> = {
  ...forms("перв", ["ый", "ого", "ом", "ая", "ой", "ую", "ое"], 1),
  ...forms("втор", ["ой", "ого", "ом", "ая", "ую", "ое"], 2),
  ...forms("трет", ["ий", "ьего", "ьем", "ья", "ьей", "ью", "ье"], 3),
  ...forms("четвёрт", ["ый", "ого", "ом", "ая", "ой", "ую"], 4),
  ...forms("четверт", ["ый", "ого", "ом", "ая", "ой", "ую"], 4),
};

/** Plural weekdays of habits ("по понедельникам"). */
export const RU_PLURAL_WEEKDAYS: Record<string, number> = { понедельникам: 1, вторникам: 2, средам: 3, четвергам: 4, пятницам: 5, субботам: 6, воскресеньям: 0 };

export const RU_PHRASES: Phrase[] = [
  { pattern: "позавчера", unit: "day", offset: -2 },
  { pattern: "послезавтра", unit: "day", offset: 2 },
  { pattern: "вчера\\s+утром", unit: "day", offset: -1, pod: "MO" },
  { pattern: "вчера\\s+(?:днём|днем)", unit: "day", offset: -1, pod: "AF" },
  { pattern: "вчера\\s+вечером", unit: "day", offset: -1, pod: "EV" },
  { pattern: "вчера\\s+ночью", unit: "day", offset: -1, pod: "NI" },
  { pattern: "вчера", unit: "day", offset: -1 },
  { pattern: "сегодня\\s+утром", unit: "day", offset: 0, pod: "MO" },
  { pattern: "сегодня\\s+(?:днём|днем)", unit: "day", offset: 0, pod: "AF" },
  { pattern: "сегодня\\s+вечером", unit: "day", offset: 0, pod: "EV" },
  { pattern: "сегодня\\s+ночью|этой\\s+ночью", unit: "day", offset: 0, pod: "NI" },
  { pattern: "сегодня", unit: "day", offset: 0 },
  { pattern: "завтра\\s+утром", unit: "day", offset: 1, pod: "MO" },
  { pattern: "завтра\\s+вечером", unit: "day", offset: 1, pod: "EV" },
  { pattern: "завтра", unit: "day", offset: 1 },
  { pattern: "на\\s+(?:прошлой|минувшей)\\s+неделе", unit: "week", offset: -1 },
  { pattern: "на\\s+(?:следующей|будущей|предстоящей)\\s+неделе", unit: "week", offset: 1 },
  { pattern: "на\\s+этой\\s+неделе", unit: "week", offset: 0 },
  { pattern: "(?:в|на)\\s+(?:прошлые|минувшие|прошлых|минувших)\\s+выходные?", unit: "weekend", offset: -1 },
  { pattern: "(?:в|на)\\s+(?:следующие|ближайшие|следующих|ближайших)\\s+выходные?", unit: "weekend", offset: 1 },
  { pattern: "(?:в\\s+эти|на\\s+этих|на)\\s+выходных|в\\s+эти\\s+выходные", unit: "weekend", offset: 0 },
  { pattern: "в\\s+(?:прошлом|минувшем)\\s+месяце", unit: "month", offset: -1 },
  { pattern: "в\\s+(?:следующем|будущем)\\s+месяце", unit: "month", offset: 1 },
  { pattern: "в\\s+этом\\s+месяце", unit: "month", offset: 0 },
  { pattern: "в\\s+(?:прошлом|минувшем)\\s+году|(?:прошлого|минувшего)\\s+года", unit: "year", offset: -1 },
  { pattern: "в\\s+(?:следующем|будущем)\\s+году|(?:следующего|будущего)\\s+года", unit: "year", offset: 1 },
  { pattern: "в\\s+(?:этом|текущем|нынешнем)\\s+году|(?:этого|текущего)\\s+года", unit: "year", offset: 0 },
  { pattern: "в\\s+конце\\s+месяца", unit: "month", offset: 0, mod: "END" },
  { pattern: "в\\s+начале\\s+месяца", unit: "month", offset: 0, mod: "START" },
  { pattern: "утром", unit: "focus-pod", pod: "MO" },
  { pattern: "(?:днём|днем)", unit: "focus-pod", pod: "AF" },
  { pattern: "вечером", unit: "focus-pod", pod: "EV" },
  { pattern: "ночью", unit: "focus-pod", pod: "NI" },
  { pattern: "накануне", unit: "focus-day", offset: -1 },
  { pattern: "на\\s+следующий\\s+день", unit: "focus-day", offset: 1 },
  { pattern: "в\\s+тот\\s+же\\s+день", unit: "focus-day", offset: 0 },
  { pattern: "сейчас|в\\s+настоящее\\s+время|ныне|в\\s+данный\\s+момент|на\\s+данный\\s+момент|в\\s+настоящий\\s+момент", unit: "ref", value: "PRESENT_REF" },
  { pattern: "недавно|ранее|прежде|в\\s+прошлом", unit: "ref", value: "PAST_REF" },
  { pattern: "в\\s+будущем|скоро|вскоре|в\\s+ближайшее\\s+время|в\\s+ближайшие\\s+(?:дни|месяцы|годы)", unit: "ref", value: "FUTURE_REF" },
];

export const RU_FIXED_HOLIDAYS: Record<string, [number, number]> = {
  рождество: [1, 7], рождества: [1, 7], "новый год": [1, 1], "нового года": [1, 1], "день победы": [5, 9], "дня победы": [5, 9],
};
export const RU_EASTER_HOLIDAYS: Record<string, number> = {};
