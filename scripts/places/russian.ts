/**
 * Case forms of Russian country names, which news uses far more than the nominative ("в России",
 * "из Китая", "с Японией", "в Северной Корее"): regular singular declensions of a one-word name,
 * or of a feminine adjective + noun name. Plural or indeclinable names ("США", "Нидерланды") stay
 * as they are. A form that does not exist is harmless: it never matches prose.
 */
const NOUN: [RegExp, string, string[]][] = [
  [/ия$/u, "ия", ["ии", "ию", "ией"]], // Россия → России, Россию, Россией
  [/ея$/u, "ея", ["еи", "ее", "ею", "еей"]], // Корея → Кореи, Корее, Корею, Кореей
  [/[кгх]а$/u, "а", ["и", "е", "у", "ой"]], // Америка → Америки
  [/а$/u, "а", ["ы", "е", "у", "ой"]], // Куба → Кубы
  [/я$/u, "я", ["и", "е", "ю", "ей"]],
  [/й$/u, "й", ["я", "ю", "е", "ем"]], // Китай → Китая, Китаю, Китае, Китаем
  [/ь$/u, "ь", ["я", "ю", "е", "ем"]], // Израиль → Израиля
  [/[бвдзлмнпрстф]$/u, "", ["а", "у", "е", "ом"]], // Иран → Ирана, Ирану, Иране, Ираном
];
const FEMININE_ADJECTIVE = ["ой", "ую"]; // Северная → Северной, Северную

function nounForms(word: string): string[] {
  const rule = NOUN.find(([re]) => re.test(word));
  if (!rule) return [];
  const stem = word.slice(0, word.length - rule[1].length);
  return rule[2].map((ending) => stem + ending);
}

/** Oblique case forms of a Russian country name. */
export function russianCaseForms(name: string): string[] {
  const words = name.split(" ");
  const cyrillic = /^[А-ЯЁ][а-яё]+$/u;
  if (words.length === 1 && cyrillic.test(name)) return nounForms(name);
  if (words.length === 2 && words.every((w) => cyrillic.test(w)) && words[0].endsWith("ая")) {
    const adjectives = FEMININE_ADJECTIVE.map((e) => words[0].slice(0, -2) + e);
    return adjectives.flatMap((a) => nounForms(words[1]).map((n) => `${a} ${n}`));
  }
  return [];
}
