/**
 * Russian names in oblique cases → their nominative (entity cue: EntityCues.caseForms): news writes
 * "во Владивостоке", "из Пхеньяна", "с Владимиром Путиным", "в Приморском крае" far more than the
 * nominative. Regular endings of masculine nouns and of adjectives; an instrumental ("-ом", "-ым")
 * leaves no doubt, a genitive or prepositional ("-а", "-е") may be a nominative itself ("Захарова"),
 * so the entity resolver takes it only when the article also writes the base form.
 */
const WORD = /^[А-ЯЁ][а-яё-]+$/u;

/** [ending, replacement, certain] in order of preference; the first matching ending of a word wins its group. */
const ENDINGS: [string, string, boolean][] = [
  ["ском", "ский", true], // Приморском → Приморский
  ["ской", "ская", false],
  ["ского", "ский", true],
  ["ым", "", true], // Путиным → Путин
  ["ом", "", true], // Владимиром → Владимир, Пекином → Пекин
  ["ем", "ь", false],
  ["ае", "ай", true], // крае → край
  ["ии", "ия", false], // России → Россия
  ["ея", "ей", false], // Сергея → Сергей
  ["ею", "ей", false],
  ["ее", "ей", false],
  ["е", "", false], // Владивостоке → Владивосток
  ["а", "", false], // Пхеньяна → Пхеньян, Ына → Ын
  ["у", "", false],
  ["я", "ь", false],
];

function wordForms(word: string): { form: string; certain: boolean }[] {
  if (!WORD.test(word)) return [];
  const out: { form: string; certain: boolean }[] = [];
  for (const [ending, to, certain] of ENDINGS) {
    if (!word.endsWith(ending) || word.length - ending.length < 2) continue;
    out.push({ form: word.slice(0, word.length - ending.length) + to, certain });
    if (certain) break;
  }
  return out;
}

export function ruCaseForms(name: string): { form: string; certain: boolean }[] {
  const words = name.split(" ");
  if (words.length > 4) return [];
  let forms: { form: string; certain: boolean }[] = [{ form: "", certain: true }];
  let changed = false;
  for (const w of words) {
    const alts = wordForms(w);
    if (alts.length) changed = true;
    const options = alts.length ? alts.slice(0, 2) : [{ form: w, certain: true }];
    forms = forms.flatMap((f) => options.map((o) => ({ form: f.form ? `${f.form} ${o.form}` : o.form, certain: f.certain && o.certain })));
  }
  return changed ? forms.filter((f) => f.form !== name) : [];
}
