/**
 * Inflected forms of a demonym (adjective or noun of nationality) per language, generated from the
 * base forms the packages give. Multi-word demonyms inflect their first word ("coreano del Nord" →
 * "coreani del Nord") or their last one ("North Korean" → "North Koreans", "nord-coréen" →
 * "nord-coréennes"). Forms that do not exist in the language are harmless: they never match prose.
 */
type Inflector = (word: string) => string[];

const en: Inflector = (w) => (/(s|sh|ch|ese|i)$/i.test(w) ? [w] : [w, `${w}s`]);

const fr: Inflector = (w) => {
  if (/[sx]$/i.test(w)) return [w, `${w}e`, `${w}es`];
  if (/e$/i.test(w)) return [w, `${w}s`];
  const fem = /en$/i.test(w) ? `${w}ne` : `${w}e`;
  return [w, `${w}s`, fem, `${fem}s`];
};

const ADJ_DE = ["", "e", "en", "er", "es", "em"];
const de: Inflector = (w) => {
  const adjectives = ADJ_DE.map((e) => w + e);
  const stem = w.match(/^(.*es)isch$/i)?.[1] ?? w.match(/^(.*)isch$/i)?.[1];
  if (!stem) return adjectives;
  const noun = /es$/i.test(stem) ? `${stem}e` : `${stem}er`;
  const nouns = /e$/.test(noun)
    ? [noun, `${noun}n`, `${stem}in`, `${stem}innen`]
    : [noun, `${noun}n`, `${noun}in`, `${noun}innen`];
  return [...adjectives, ...nouns];
};

const es: Inflector = (w) => {
  if (/o$/i.test(w)) return [w, w.slice(0, -1) + "a", `${w}s`, w.slice(0, -1) + "as"];
  if (/e$/i.test(w)) return [w, `${w}s`];
  if (/a$/i.test(w)) return [w, `${w}s`];
  const plain = w.normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC");
  if (/[ií]$/i.test(w)) return [w, `${w}es`, `${w}s`];
  return [w, `${plain}a`, `${plain}es`, `${plain}as`];
};

const it: Inflector = (w) => {
  const stem = w.slice(0, -1);
  if (/o$/i.test(w)) return [w, `${stem}a`, `${stem}i`, `${stem}e`];
  if (/e$/i.test(w)) return [w, `${stem}i`];
  if (/a$/i.test(w)) return [w, `${stem}i`, `${stem}e`];
  return [w];
};

const nl: Inflector = (w) => {
  const forms = [w];
  if (/s$/i.test(w)) forms.push(`${w}e`);
  const aans = w.match(/^(.*)aans$/i)?.[1];
  if (aans) forms.push(`${aans}aan`, `${aans}anen`);
  return forms;
};

const INFLECTORS: Record<string, Inflector> = { en, fr, de, es, it, nl };

/** Languages whose inflection rules exist here. */
export const DEMONYM_LANGS = Object.keys(INFLECTORS);

/** Which word of a multi-word demonym carries the inflection. */
function headIndex(words: string[], lang: string): number {
  if (lang === "it" || lang === "es") return 0;
  return words.length - 1;
}

export function inflectDemonym(base: string, lang: string): string[] {
  const inflect = INFLECTORS[lang];
  if (!inflect) return [base];
  const words = base.trim().split(/(\s+|-)/);
  const tokens = words.filter((_, i) => i % 2 === 0);
  const head = headIndex(tokens, lang) * 2;
  return inflect(words[head]).map((form) => words.map((w, i) => (i === head ? form : w)).join(""));
}
