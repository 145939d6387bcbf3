/**
 * Cyrillic and Greek → Latin by fixed tables: Russian/Ukrainian Cyrillic as in the BGN/PCGN
 * romanisation ("Хасан" → "Khasan", "Путин" → "Putin", "Шойгу" → "Shoygu"), Greek as in ELOT 743
 * ("Αθήνα" → "Athina"). One letter at a time, so the result keeps the name's word breaks. Other
 * scripts pass through unchanged.
 */
const CYRILLIC: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "e", ж: "zh", з: "z", и: "i", й: "y", к: "k", л: "l", м: "m",
  н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch",
  ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya", і: "i", ї: "yi", є: "ye", ґ: "g", ў: "w", ђ: "dj", ј: "j", љ: "lj",
  њ: "nj", ћ: "c", џ: "dz", ѓ: "gj", ќ: "kj", ѕ: "dz",
};

const GREEK: Record<string, string> = {
  α: "a", β: "v", γ: "g", δ: "d", ε: "e", ζ: "z", η: "i", θ: "th", ι: "i", κ: "k", λ: "l", μ: "m", ν: "n", ξ: "x",
  ο: "o", π: "p", ρ: "r", σ: "s", ς: "s", τ: "t", υ: "y", φ: "f", χ: "ch", ψ: "ps", ω: "o",
};

/** Greek digraphs read as one sound ("ου" → "ou", "μπ" at a word start → "b"). */
const GREEK_DIGRAPHS: [RegExp, string][] = [
  [/ου/g, "ou"],
  [/αυ/g, "av"],
  [/ευ/g, "ev"],
  [/(^|\s)μπ/g, "$1b"],
  [/(^|\s)ντ/g, "$1d"],
  [/γκ/g, "gk"],
  [/γγ/g, "ng"],
];

function letter(ch: string): string {
  const lower = ch.toLowerCase();
  const table = /[\u0370-\u03ff]/u.test(lower) ? GREEK : CYRILLIC;
  const out = table[lower];
  if (out === undefined) return ch;
  return lower !== ch && out ? out[0].toUpperCase() + out.slice(1) : out;
}

/** The text in Latin letters (Cyrillic and Greek letters replaced; everything else as written). */
export function transliterate(text: string): string {
  if (!/[\u0370-\u03ff\u0400-\u04ff]/u.test(text)) return text;
  let s = text;
  if (/[\u0370-\u03ff]/u.test(s)) {
    s = s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").normalize("NFC").toLowerCase();
    for (const [re, to] of GREEK_DIGRAPHS) s = s.replace(re, to);
  }
  let out = "";
  for (const ch of s) out += letter(ch);
  return out;
}
